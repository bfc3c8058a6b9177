/** The `allot` command line as a user runs it: `node bin/allot.mjs …` in a child process. */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/allot.mjs', import.meta.url));

export type Env = Record<string, string>;
export type CliResult = { code: number | null; stdout: string; stderr: string };

/** Environment of a fresh install: no demo, quiet logs, PGlite in `dataDir` unless overridden. */
export const envFor = (dataDir: string, extra: Env = {}): Env => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  TZ: 'UTC',
  ALLOT_DATA_DIR: dataDir,
  DATABASE_URL: '',
  ALLOT_DEMO: 'false',
  LOG_LEVEL: 'warn',
  ...extra,
});

export function startCli(args: string[], env: Env, cwd: string): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [BIN, ...args], { env, cwd });
}

/** Runs the command to its end, with what it printed and its exit code. */
export function runCli(args: string[], env: Env, cwd = tmpdir()): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = startCli(args, env, cwd);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
