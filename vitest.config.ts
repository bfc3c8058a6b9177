/**
 * Test tiers (docs/architecture.md): unit beside the code, web in jsdom, and the app, db and
 * api tiers on PGlite (db also on PostgreSQL when TEST_DATABASE_URL is set).
 * `npx vitest run --project unit` runs one tier.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** PGlite tiers: first start costs 2–4 s, so hooks get room. */
const pgliteTier = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    // Child processes: PGlite's WASM memory (~800 MB per instance) is returned when a fork exits.
    pool: 'forks',
    // 2 cores; two forks each holding a PGlite instance stay far below 24 GB.
    maxWorkers: 2,
    // TZ=UTC and driver deprecations as failures in every test process; projects inherit them
    // through `extends: true` (web adds its own).
    setupFiles: ['tests/setup-tz.ts', 'tests/setup-driver-warnings.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['web/src/test-setup.ts'],
        },
      },
      { extends: true, test: { name: 'app', include: ['tests/app/**/*.test.ts'], ...pgliteTier } },
      { extends: true, test: { name: 'db', include: ['tests/db/**/*.test.ts'], ...pgliteTier } },
      { extends: true, test: { name: 'api', include: ['tests/api/**/*.test.ts'], ...pgliteTier } },
      { extends: true, test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], ...pgliteTier } },
    ],
  },
});
