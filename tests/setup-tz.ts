/**
 * Every test process runs in UTC (as CI does), so a test that passes only in the developer's own
 * zone fails everywhere. Business time zones are explicit in the test data instead.
 */
process.env.TZ = 'UTC';
