/**
 * `npm start` / `allot serve`: opens the database (PGlite in ./data by default), applies
 * migrations, seeds the demo workspace on first start, and serves API and web app.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bootstrapWorkspace } from '../app/setup/bootstrap-workspace.ts';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import { createApp } from '../http/create-app.ts';
import { DataDirInUseError } from '../infra/db/data-dir-lock.ts';
import { writeDemo } from '../infra/db/demo-writer.ts';
import { startBackgroundWork } from './background-work.ts';
import { depsFor, openConfiguredDatabase } from './build-deps.ts';

const WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));
export const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

export async function startServer(config: Config): Promise<() => Promise<void>> {
  const database = await openConfiguredDatabase(config, (error) =>
    console.error(
      `PostgreSQL closed an idle connection (${error.message}); reconnecting on demand`,
    ),
  );
  const deps = depsFor(database, config.http.sessionHours);
  const first = await bootstrapWorkspace(
    { ...deps, demoWriter: { write: (data, hash) => writeDemo(database.db, data, hash) } },
    { demo: config.seedDemo, password: config.demoPassword },
  );
  const app = await createApp(deps, {
    logLevel: config.logLevel,
    secureCookies: config.http.secureCookies,
    trustProxy: config.http.trustProxy,
    webDir: WEB_DIR,
    engine: database.engine,
    version: VERSION,
  });
  await app.listen({ host: config.http.host, port: config.http.port });
  const stopBackground = startBackgroundWork(deps, (error) =>
    app.log.error({ err: error }, 'background work failed'),
  );
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  console.log(`Allot ${VERSION} on ${database.engine} (${database.description})`);
  console.log(`Open http://${config.http.host}:${port}`);
  if (first.created) {
    console.log(
      first.demo ? 'Demo workspace created. Sign in with:' : 'Workspace created. Sign in with:',
    );
    console.log(`  e-mail:   ${first.adminEmail}`);
    console.log(`  password: ${first.password}`);
    if (first.demo) console.log('  (every demo user shares this password; it is shown only now)');
  }
  return async () => {
    await stopBackground();
    await app.close();
    await database.close();
  };
}

async function main() {
  let stop: (() => Promise<void>) | undefined;
  try {
    stop = await startServer(loadConfig(process.env));
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirInUseError) {
      console.error(error.message);
      process.exit(error instanceof DataDirInUseError ? 4 : 2);
    }
    throw error;
  }
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: shutting down…`);
    await stop?.();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
