import { describe, expect, it } from 'vitest';
import { periodDays, periodInstants } from './period.ts';

describe('periodInstants', () => {
  it('runs from 00:00 of the first day to 00:00 after the last, in the business time zone', () => {
    expect(periodInstants('2026-03-01', '2026-03-31', 'Asia/Shanghai')).toEqual({
      from: new Date('2026-02-28T16:00:00Z'),
      to: new Date('2026-03-31T16:00:00Z'),
    });
  });

  it('follows daylight saving time where the zone has it', () => {
    const { from, to } = periodInstants('2026-03-08', '2026-03-08', 'America/New_York');
    expect(from).toEqual(new Date('2026-03-08T05:00:00Z'));
    expect(to).toEqual(new Date('2026-03-09T04:00:00Z'));
  });

  it('crosses month and year ends', () => {
    expect(periodInstants('2025-12-31', '2025-12-31', 'UTC').to).toEqual(
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(periodDays('2026-01-01', '2026-12-31')).toBe(365);
    expect(periodDays('2026-03-02', '2026-03-01')).toBe(0);
  });
});
