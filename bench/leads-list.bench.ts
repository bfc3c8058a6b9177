/**
 * GET /api/v1/leads (a page of 50, demo workspace, signed-in admin, real HTTP on loopback)
 * against a bare fastify route returning a constant, measured in the same run.
 */
import Fastify from 'fastify';
import { bootstrapWorkspace } from '../src/app/setup/bootstrap-workspace.ts';
import { createApp } from '../src/http/create-app.ts';
import { writeDemo } from '../src/infra/db/demo-writer.ts';
import { openDatabase } from '../src/infra/db/open-database.ts';
import { depsFor } from '../src/main/build-deps.ts';
import { requestsPerSecond } from './http-load.ts';
import type { BenchRow } from './run.ts';

const PASSWORD = 'bench-password-123';

export async function run(): Promise<BenchRow> {
  const database = await openDatabase({ kind: 'memory' });
  await database.migrate();
  const deps = depsFor(database, 24);
  const seeded = await bootstrapWorkspace(
    { ...deps, demoWriter: { write: (data, hash) => writeDemo(database.db, data, hash) } },
    { demo: true, password: PASSWORD },
  );
  if (!seeded.created) throw new Error('demo not seeded');
  const app = await createApp(deps, {
    logLevel: 'silent',
    secureCookies: 'never',
    trustProxy: false,
    engine: 'pglite',
    version: 'bench',
  });
  const bare = Fastify();
  bare.get('/ping', async () => ({ ok: true }));
  try {
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const bareBase = await bare.listen({ host: '127.0.0.1', port: 0 });
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: seeded.adminEmail, password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const page = (await (
      await fetch(`${base}/api/v1/leads?limit=50`, { headers: { cookie } })
    ).json()) as { total: number };
    const leads = await requestsPerSecond(`${base}/api/v1/leads?limit=50`, { headers: { cookie } });
    const reference = await requestsPerSecond(`${bareBase}/ping`);
    return {
      what: 'GET /api/v1/leads, page of 50',
      size: `${page.total} leads (demo), PGlite`,
      figure: `${leads.toFixed(0)} req/s`,
      reference: `bare fastify route ${reference.toFixed(0)} req/s`,
      ratio: leads / reference,
    };
  } finally {
    await app.close();
    await bare.close();
    await database.close();
  }
}
