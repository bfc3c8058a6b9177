/**
 * HTTP intake on PGlite: 8 concurrent clients POST /api/v1/leads (API token, routed by a
 * published policy over 200 reps in 10 teams with 30 rules, lead, assignment, log and audit in
 * one transaction each), against a bare fastify POST route, measured in the same run.
 */
import Fastify from 'fastify';
import { bootstrapWorkspace } from '../src/app/setup/bootstrap-workspace.ts';
import { createApp } from '../src/http/create-app.ts';
import { openDatabase } from '../src/infra/db/open-database.ts';
import { depsFor } from '../src/main/build-deps.ts';
import { load } from './http-load.ts';
import type { BenchRow } from './run.ts';

const PASSWORD = 'bench-password-123';
const REGIONS = ['上海', '杭州', '南京', '广州', '深圳', '北京', '天津', '成都'];
const METHODS = ['round_robin', 'weighted', 'least_loaded'] as const;

export async function run(): Promise<BenchRow> {
  const database = await openDatabase({ kind: 'memory' });
  await database.migrate();
  const deps = depsFor(database, 24);
  const first = await bootstrapWorkspace(
    { ...deps, demoWriter: { write: async () => {} } },
    { demo: false, password: PASSWORD },
  );
  if (!first.created) throw new Error('workspace not created');
  const app = await createApp(deps, {
    logLevel: 'silent',
    secureCookies: 'never',
    trustProxy: false,
    engine: 'pglite',
    version: 'bench',
  });
  const bare = Fastify();
  bare.post('/leads', async (_req, reply) => reply.code(201).send({ ok: true }));
  try {
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const bareBase = await bare.listen({ host: '127.0.0.1', port: 0 });
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: first.adminEmail, password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const admin = async (method: string, path: string, body: unknown) => {
      const res = await fetch(`${base}/api/v1${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as { id: string; token: string };
    };
    const teams: string[] = [];
    for (let t = 0; t < 10; t += 1) {
      teams.push((await admin('POST', '/teams', { name: `团队${t}` })).id);
    }
    for (let r = 0; r < 200; r += 1) {
      await admin('POST', '/reps', {
        code: `B${r}`,
        name: `销售${r}`,
        teamId: teams[r % 10],
        weight: 1 + (r % 3),
        attrs: { region: REGIONS[r % REGIONS.length] },
      });
    }
    const rules = Array.from({ length: 30 }, (_, i) => ({
      id: `rule${i}`,
      when: { field: 'region', op: 'eq', value: REGIONS[i % REGIONS.length] },
      to: { teams: [teams[i % 10]] },
      method: METHODS[i % 3],
    }));
    await admin('PUT', '/routing/policy/draft', { rules, fallback: 'hold' });
    await admin('POST', '/routing/policy/publish', {});
    const { token } = await admin('POST', '/api-tokens', { name: 'bench' });
    const headers = { authorization: `Bearer ${token}` };
    const lead = (n: number) => ({
      name: `线索${n}`,
      email: `lead${n}@bench${n}.cn`,
      region: REGIONS[n % REGIONS.length],
    });
    const intake = await load(`${base}/api/v1/leads`, { headers, body: lead, status: 201 });
    const reference = await load(`${bareBase}/leads`, { body: lead, status: 201 });
    return {
      what: 'POST /api/v1/leads, routed, 8 clients',
      size: '200 reps, 30 rules, PGlite',
      figure: `${intake.perSecond.toFixed(0)} leads/s, p99 ${intake.p99Ms.toFixed(1)} ms`,
      reference: `bare fastify POST ${reference.perSecond.toFixed(0)}/s, p99 ${reference.p99Ms.toFixed(1)} ms`,
      ratio: intake.perSecond / reference.perSecond,
    };
  } finally {
    await app.close();
    await bare.close();
    await database.close();
  }
}
