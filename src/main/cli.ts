/**
 * `allot …` (bin/allot.mjs): composition root of the command line. Reads the configuration
 * like the server does, hands the commands what they need, and turns every error into an exit
 * code — 0 ok, 1 other, 2 invalid input, 3 not found, 4 conflict — and a message: readable on
 * stderr, or with `--json` the API's error body on stdout.
 */
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { AppError } from '../app/errors.ts';
import type { CliContext } from '../cli/context.ts';
import { buildProgram } from '../cli/program.ts';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import { errorBody, STATUS_BY_CODE } from '../http/error-response.ts';
import { DataDirInUseError } from '../infra/db/data-dir-lock.ts';

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/** Exit code of an HTTP status class: the CLI and the API agree on what each code means. */
const EXIT_BY_STATUS: Record<number, 2 | 3 | 4> = { 400: 2, 413: 2, 404: 3, 409: 4 };

type Failure = { exitCode: number; body: ReturnType<typeof errorBody> };

function toFailure(error: unknown): Failure {
  if (error instanceof DataDirInUseError) {
    return toFailure(
      new AppError('database.in_use', error.message, { dataDir: error.dataDir, pid: error.pid }),
    );
  }
  if (error instanceof AppError) {
    return {
      exitCode: EXIT_BY_STATUS[STATUS_BY_CODE[error.code]] ?? 1,
      body: errorBody(error.code, error.message, error.details),
    };
  }
  if (error instanceof ConfigError)
    return { exitCode: 2, body: errorBody('validation.failed', error.message) };
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: 1, body: errorBody('internal', message) };
}

/** The readable form: the message, then one line per invalid field. */
function readable(body: Failure['body']): string {
  const details = (
    body.error as { details?: { file?: string; issues?: { path: string; message: string }[] } }
  ).details;
  const issues = details?.issues;
  if (body.error.code !== 'validation.failed' || !issues?.length)
    return `error: ${body.error.message}`;
  // Problems of a file are named by JSON path; the others by the option that carried them.
  const file = details?.file;
  return [
    file ? `error: invalid input in ${file}` : 'error: invalid input',
    ...issues.map(
      (i) => `  ${file ? i.path || '(file)' : `--${i.path || '(input)'}`}: ${i.message}`,
    ),
  ].join('\n');
}

function waitForSignal(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

function cliContext(env: Record<string, string | undefined>): CliContext {
  let config: Config | undefined;
  const getConfig = () => {
    config ??= loadConfig(env);
    return config;
  };
  return {
    out: (text) => console.log(text),
    async openDeps() {
      const { depsFor, openConfiguredDatabase } = await import('./build-deps.ts');
      const { writeDemo } = await import('../infra/db/demo-writer.ts');
      const c = getConfig();
      const database = await openConfiguredDatabase(c);
      return {
        deps: depsFor(database, c.http.sessionHours),
        database: { engine: database.engine, description: database.description },
        demoWriter: { write: (data, hash) => writeDemo(database.db, data, hash) },
        close: () => database.close(),
      };
    },
    async openSimulation() {
      const { depsFor } = await import('./build-deps.ts');
      const { openDatabase } = await import('../infra/db/open-database.ts');
      const database = await openDatabase({ kind: 'memory' });
      await database.migrate();
      let now = new Date(0);
      const clock = {
        now: () => new Date(now.getTime()),
        set: (at: Date) => {
          now = new Date(at.getTime());
        },
      };
      return { deps: depsFor(database, 24, clock), clock, close: () => database.close() };
    },
    async serve({ host, port }) {
      const { startServer } = await import('./server.ts');
      const c = getConfig();
      const signal = waitForSignal();
      const stop = await startServer({
        ...c,
        http: { ...c.http, host: host ?? c.http.host, port: port ?? c.http.port },
      });
      console.log(`\n${await signal}: shutting down…`);
      await stop();
    },
  };
}

async function runCli(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): Promise<number> {
  try {
    await buildProgram(cliContext(env), VERSION).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) return 0;
    const failure = toFailure(error);
    if (argv.includes('--json')) console.log(JSON.stringify(failure.body, null, 2));
    else console.error(readable(failure.body));
    if (failure.exitCode === 1 && !argv.includes('--json') && error instanceof Error)
      console.error(error.stack);
    return failure.exitCode;
  }
}

process.exit(await runCli(process.argv.slice(2), process.env));
