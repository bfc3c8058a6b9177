/**
 * Browser tests (e2e/*.spec.ts) in Debian's chromium: Playwright never downloads a browser here.
 * The server runs on a fresh PGlite data dir (.e2e-data, emptied at each start) with the demo
 * workspace, whose admin password is fixed through ALLOT_DEMO_PASSWORD.
 *
 * Without chromium no server is started and each spec skips itself:
 *   test.skip(!HAS_CHROMIUM, CHROMIUM_MISSING);   // top of the spec file, after the imports
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
export const CHROMIUM_MISSING = `chromium not installed at ${CHROMIUM_PATH}: apt-get install chromium`;
const PORT = 3210;

/** Credentials of the demo admin in the e2e server; specs log in with these. */
export const E2E_ADMIN = { password: 'e2e-Allot-demo-2025' } as const;

// Said once, by the runner process (workers load this file too).
if (!HAS_CHROMIUM && !process.env.TEST_WORKER_INDEX) {
  process.stderr.write(`${CHROMIUM_MISSING}; e2e specs skip\n`);
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // One server with one PGlite database serialises requests anyway; 2 cores.
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: HAS_CHROMIUM
    ? {
        // Shell command: the data dir is emptied once per server start, never by a worker.
        command: 'rm -rf .e2e-data && exec node_modules/.bin/tsx src/main/server.ts',
        url: `http://127.0.0.1:${PORT}/api/v1/health`,
        timeout: 120_000,
        reuseExistingServer: false,
        gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          HOST: '127.0.0.1',
          PORT: String(PORT),
          ALLOT_DATA_DIR: '.e2e-data',
          ALLOT_DEMO: 'true',
          ALLOT_DEMO_PASSWORD: E2E_ADMIN.password,
          LOG_LEVEL: 'warn',
        },
      }
    : undefined,
});
