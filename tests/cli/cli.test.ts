/**
 * The `allot` command line as a user runs it: `node bin/allot.mjs …` in a child process, from
 * a directory other than the repository, configured only through the environment. Each PGlite
 * start costs 2–4 s, so every describe shares one data directory.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayWidth, renderTable } from '../../src/cli/table.ts';
import { type Env, envFor, runCli as run, startCli as start } from '../helpers/run-cli.ts';

function waitForOutput(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const match = seen.match(pattern);
      if (match) {
        child.stdout.off('data', onData);
        resolve(match[0]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
    });
    child.on('exit', (code) =>
      reject(new Error(`exited with ${code} before ${pattern}:\n${seen}`)),
    );
  });
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `allot-cli-${name}-`));

describe('allot --help', () => {
  const env = envFor(join(tmpdir(), 'allot-cli-never-opened'));

  it('lists every command with a one-line description', async () => {
    const { code, stdout } = await run(['--help'], env);
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'user', 'seed']) {
      expect(stdout).toMatch(new RegExp(`^  ${command}\\b.*\\S`, 'm'));
    }
    expect(stdout).toContain('Exit codes: 0 ok');
    const user = await run(['user', '--help'], env);
    expect(user.stdout).toMatch(/add \[options\][\s\S]*list \[options\][\s\S]*passwd \[options\]/);
    const seed = await run(['seed', 'demo', '--help'], env);
    for (const option of [
      '--seed',
      '--reps',
      '--accounts',
      '--leads',
      '--opportunities',
      '--activities',
      '--json',
    ]) {
      expect(seed.stdout).toContain(option);
    }
  });

  it('answers a usage mistake with exit 2, as text or as the JSON error body', async () => {
    const text = await run(['user', 'add', '--email', 'a@b.cn'], env);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain("required option '--name <name>' not specified");
    const json = await run(['user', 'list', '--frobnicate', '--json'], env);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'validation.failed' } });
  });

  it('refuses an invalid configuration with exit 2 naming the variable', async () => {
    const { code, stderr } = await run(['user', 'list'], { ...env, DATABASE_URL: 'mysql://x' });
    expect(code).toBe(2);
    expect(stderr).toContain('DATABASE_URL');
  });
});

describe('table', () => {
  it('counts East Asian wide characters as two cells and combining marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('王小明')).toBe(6);
    expect(displayWidth('ＡＢ，')).toBe(6);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('aligns columns by display width', () => {
    const lines = renderTable(
      ['NAME', 'ROLE'],
      [
        ['王小明', 'admin'],
        ['Li', 'rep'],
      ],
    ).split('\n');
    const roleColumn = lines.map((line) =>
      displayWidth(line.slice(0, line.search(/(ROLE|admin|rep)$/))),
    );
    expect(new Set(roleColumn).size).toBe(1);
    expect(lines.every((line) => line === line.trimEnd())).toBe(true);
  });
});

describe('user commands on a PGlite data directory', () => {
  let dir: string;
  let env: Env;
  let server: ChildProcessWithoutNullStreams | undefined;

  beforeAll(() => {
    dir = tempDir('users');
    env = envFor(join(dir, 'data'));
  });
  afterAll(() => {
    server?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('migrate creates the schema and says where', async () => {
    const { code, stdout } = await run(['migrate'], env);
    expect(code).toBe(0);
    expect(stdout).toContain(`pglite (${join(dir, 'data')})`);
    expect(stdout).toContain('Schema is current.');
  });

  it('user add creates the first admin (and the workspace), printing a random password once', async () => {
    const add = await run(
      ['user', 'add', '--email', 'Wang@Example.com', '--name', '王小明', '--role', 'admin'],
      env,
    );
    expect(add.code).toBe(0);
    expect(add.stdout).toContain('Created workspace Allot');
    expect(add.stdout).toMatch(/password: \S{16}\n/);

    const rep = await run(
      [
        'user',
        'add',
        '--email',
        'li@example.com',
        '--name',
        'Li Lei',
        '--role',
        'rep',
        '--password',
        'correct horse 1',
        '--json',
      ],
      env,
    );
    expect(rep.code).toBe(0);
    expect(JSON.parse(rep.stdout)).toMatchObject({
      user: { email: 'li@example.com', dataScope: 'self' },
      createdWorkspace: false,
    });

    const list = await run(['user', 'list', '--json'], env);
    expect(list.code).toBe(0);
    const { items } = JSON.parse(list.stdout) as { items: Record<string, unknown>[] };
    expect(items.map((u) => [u.email, u.name, u.role, u.dataScope, u.active])).toEqual([
      ['li@example.com', 'Li Lei', 'rep', 'self', true],
      ['wang@example.com', '王小明', 'admin', 'all', true],
    ]);
    expect(items[0]).not.toHaveProperty('passwordHash');
  });

  it('user list prints a table aligned for CJK names', async () => {
    const { code, stdout } = await run(['user', 'list'], env);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^EMAIL\s+NAME\s+ROLE\s+SCOPE\s+ACTIVE$/);
    const roleAt = lines.map((line) =>
      displayWidth(line.slice(0, line.search(/\b(ROLE|rep|admin)\b/))),
    );
    expect(new Set(roleAt).size).toBe(1);
  });

  it('rejects a bad e-mail with exit 2, naming the field', async () => {
    const text = await run(
      ['user', 'add', '--email', 'not-an-email', '--name', 'X', '--role', 'rep'],
      env,
    );
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/--email: /);
    const json = await run(
      ['user', 'add', '--email', 'nope', '--name', 'X', '--role', 'boss', '--json'],
      env,
    );
    expect(json.code).toBe(2);
    const body = JSON.parse(json.stdout) as {
      error: { code: string; details: { issues: { path: string }[] } };
    };
    expect(body.error.code).toBe('validation.failed');
    expect(body.error.details.issues.map((i) => i.path)).toEqual(['email', 'role']);
  });

  it('refuses a duplicate e-mail with exit 4 and the API error body', async () => {
    const { code, stdout } = await run(
      ['user', 'add', '--email', 'WANG@example.com', '--name', 'Again', '--role', 'rep', '--json'],
      env,
    );
    expect(code).toBe(4);
    expect(JSON.parse(stdout)).toMatchObject({
      error: { code: 'user.email_taken', details: { issues: [{ path: 'email' }] } },
    });
  });

  it('user passwd: unknown e-mail exits 3, a known one gets the new password', async () => {
    const unknown = await run(['user', 'passwd', '--email', 'nobody@example.com'], env);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('no user with e-mail nobody@example.com');
    const known = await run(['user', 'passwd', '--email', 'li@example.com', '--json'], env);
    expect(known.code).toBe(0);
    expect(JSON.parse(known.stdout)).toMatchObject({
      email: 'li@example.com',
      password: expect.stringMatching(/^\S{16}$/),
    });
  });

  it('while serve holds the data directory every other command exits 4; SIGINT stops it cleanly', async () => {
    server = start(['serve', '--port', '0'], env, tmpdir());
    const exit = exited(server);
    await waitForOutput(server, /Open http:\/\/127\.0\.0\.1:\d+/);
    expect(existsSync(join(dir, 'data', 'allot.lock'))).toBe(true);

    const busy = await run(['user', 'list'], env);
    expect(busy.code).toBe(4);
    expect(busy.stderr).toContain(
      `database ${join(dir, 'data')} is in use by process ${server.pid}`,
    );

    server.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(existsSync(join(dir, 'data', 'allot.lock'))).toBe(false);
    server = undefined;
  });
});

describe('seed demo', () => {
  let dir: string;
  let env: Env;
  const small = [
    '--reps',
    '5',
    '--accounts',
    '20',
    '--leads',
    '50',
    '--opportunities',
    '10',
    '--activities',
    '50',
  ];

  beforeAll(() => {
    dir = tempDir('seed');
    env = envFor(join(dir, 'data'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a demo workspace, prints counts and the admin login; the same seed again exits 4', async () => {
    const first = await run(['seed', 'demo', ...small, '--json'], env);
    expect(first.code).toBe(0);
    const result = JSON.parse(first.stdout) as {
      counts: Record<string, number>;
      admin: { email: string; password: string };
    };
    expect(result.counts).toMatchObject({
      reps: 5,
      accounts: 20,
      leads: 50,
      opportunities: 10,
      activities: 50,
    });
    expect(result.admin).toEqual({
      email: 'admin@demo.allot.local',
      password: expect.stringMatching(/^\S{16}$/),
    });

    const again = await run(['seed', 'demo', ...small], env);
    expect(again.code).toBe(4);
    expect(again.stderr).toContain('already exists');
  });

  it('assign --optimal plans only under a published routing policy, and needs --optimal', async () => {
    const noPolicy = await run(['assign', '--optimal', '--json'], env);
    expect(noPolicy.code).toBe(4);
    expect(JSON.parse(noPolicy.stdout)).toMatchObject({
      error: { code: 'routing.not_published', message: 'publish a routing policy first' },
    });
    const bare = await run(['assign'], env);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('--optimal: say --optimal');
  });

  it('validates the sizes before opening the database', async () => {
    const { code, stderr } = await run(['seed', 'demo', '--reps', '-1', '--leads', 'many'], env);
    expect(code).toBe(2);
    expect(stderr).toContain('--reps: must be 0 or more');
    expect(stderr).toContain('--leads: must be a number');
  });
});

describe('allot simulate', () => {
  const scenarios = fileURLToPath(new URL('../scenarios/', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'allot-sim-'));
  const env = envFor(join(dir, 'data'));
  const write = async (name: string, content: unknown) => {
    const { writeFile } = await import('node:fs/promises');
    const file = join(dir, name);
    await writeFile(file, JSON.stringify(content));
    return file;
  };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replays the spec example and prints the result, in English on request', async () => {
    const res = await run(
      ['simulate', join(scenarios, 'spec-example.scenario.json'), '--locale', 'en'],
      env,
    );
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out.format).toBe('allot.simulation-result/1');
    expect(out.results.map((r: { rep?: string; outcome: string }) => r.rep ?? r.outcome)).toEqual([
      'A',
      'B',
      'A',
      'duplicate',
    ]);
    expect(out.results[3].text).toBe(
      'Same e-mail as open lead L1: a duplicate; its owner A is told.',
    );
  });

  it('refuses an invalid scenario with exit 2 and every problem at its JSON path', async () => {
    const file = await write('bad.json', {
      format: 'allot.scenario/1',
      start: '2026-03-02T09:00:00+08:00',
      reps: [{ id: 'A', weight: -1 }],
      events: [{ at: '2026-03-02T09:05:00+08:00', type: 'lead', lead: {} }],
    });
    const res = await run(['simulate', file], env);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('\n  reps[0].weight');
    expect(res.stderr).toContain('\n  events[0].lead.id: required');
  });

  it('says which pool features this version cannot simulate yet, instead of ignoring them', async () => {
    const file = await write('pools.json', {
      format: 'allot.scenario/1',
      start: '2026-03-02T09:00:00+08:00',
      reps: [{ id: 'A' }],
      routing: { fallback: 'pool:sea', sla: { firstTouchMinutes: 60, action: 'pool:sea' } },
      events: [{ at: '2026-03-02T09:05:00+08:00', type: 'claim', rep: 'A', ids: ['acc1'] }],
    });
    const res = await run(['simulate', file, '--json'], env);
    expect(res.code).toBe(2);
    const paths = JSON.parse(res.stdout).error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(['routing.sla.action', 'events[0].type', 'routing.fallback']);
  });
});
