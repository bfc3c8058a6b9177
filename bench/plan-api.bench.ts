/**
 * A stored plan through the API: `POST /api/v1/plans` on a workspace of 10,000 reps (demo data:
 * accounts, won opportunities and activities for history) with 10 metrics and a year split by
 * month — the input built from the data (actuals by counting rule, territories, hire dates,
 * pipeline), computed, rounded and stored as version 1. Reference: computePlan() alone on the
 * same input, measured in the same run.
 */

import { DEMO_ADMIN_EMAIL } from '../src/domain/demo/demo-types.ts';
import { generateDemo } from '../src/domain/demo/generate-demo.ts';
import { computePlan } from '../src/domain/planning/compute-plan.ts';
import type { PlanInput } from '../src/domain/planning/plan-input.ts';
import { createApp } from '../src/http/create-app.ts';
import { writeDemo } from '../src/infra/db/demo-writer.ts';
import { openDatabase } from '../src/infra/db/open-database.ts';
import { depsFor } from '../src/main/build-deps.ts';
import type { BenchRow } from './run.ts';

const PASSWORD = 'bench-password-123';
const REPS = 10_000;

/** Six more metrics besides the plannable defaults (revenue, new customers, visits, calls). */
const EXTRA_METRICS = [
  {
    key: 'meetings',
    name: '会议数',
    kind: 'count',
    unit: '次',
    rule: { kind: 'activities', activity: 'meeting' },
  },
  {
    key: 'emails',
    name: '邮件数',
    kind: 'count',
    unit: '封',
    rule: { kind: 'activities', activity: 'email' },
  },
  {
    key: 'notes',
    name: '纪要数',
    kind: 'count',
    unit: '条',
    rule: { kind: 'activities', activity: 'note' },
  },
  {
    key: 'revenue_all',
    name: '全部产品销售额',
    kind: 'amount',
    unit: 'CNY',
    rule: { kind: 'won_amount' },
  },
  {
    key: 'visits_2',
    name: '上门拜访',
    kind: 'count',
    unit: '次',
    rule: { kind: 'activities', activity: 'visit' },
  },
  {
    key: 'calls_2',
    name: '电话沟通',
    kind: 'count',
    unit: '次',
    rule: { kind: 'activities', activity: 'call' },
  },
];

export async function run(): Promise<BenchRow> {
  const database = await openDatabase({ kind: 'memory' });
  await database.migrate();
  const deps = depsFor(database, 24);
  const now = new Date();
  const data = generateDemo({
    seed: 11,
    now,
    reps: REPS,
    accounts: 20_000,
    leads: 10_000,
    opportunities: 40_000,
    activities: 40_000,
  });
  await writeDemo(database.db, data, await deps.hasher.hash(PASSWORD));
  const app = await createApp(deps, {
    logLevel: (process.env.BENCH_LOG ?? 'silent') as 'silent',
    secureCookies: 'never',
    trustProxy: false,
    engine: 'pglite',
    version: 'bench',
  });
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: DEMO_ADMIN_EMAIL, password: PASSWORD },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    const headers = { cookie, 'x-csrf-token': login.json().csrfToken as string };
    for (const metric of EXTRA_METRICS) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/metrics',
        headers,
        payload: metric,
      });
      if (res.statusCode !== 201) throw new Error(`metric ${metric.key}: ${res.body}`);
    }
    const keys = [
      'revenue',
      'new_customers',
      'visits',
      'calls',
      ...EXTRA_METRICS.map((m) => m.key),
    ];
    const year = now.getFullYear() + 1;
    const started = performance.now();
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/plans',
      headers,
      payload: {
        name: `${year} 年度目标`,
        periodKind: 'year',
        periodStart: `${year}-01-01`,
        split: 'month',
        method: {
          drivers: [
            { driver: 'history', weight: 0.5 },
            { driver: 'potential', weight: 0.3 },
            { driver: 'even', weight: 0.2 },
          ],
        },
        metrics: keys.map((metric, i) => ({
          metric,
          target: i === 0 || i === 7 ? 5_000_000_000 : 200_000,
        })),
      },
    });
    const viaApi = performance.now() - started;
    if (created.statusCode !== 201) throw new Error(`plan: ${created.body}`);
    const plan = await app.inject({
      method: 'GET',
      url: `/api/v1/plans/${created.json().id}`,
      headers,
    });
    const input = plan.json().current.input as PlanInput;
    const targets = (plan.json().current.result.targets as unknown[]).length;
    const times: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const t = performance.now();
      computePlan(input, 'zh-CN');
      times.push(performance.now() - t);
    }
    const alone = Math.min(...times);
    return {
      what: 'POST /api/v1/plans (from data, stored)',
      size: `${input.units.length.toLocaleString('en')} reps × ${input.metrics.length} metrics × 12 months, ${targets.toLocaleString('en')} targets`,
      figure: `${Math.round(viaApi).toLocaleString('en')} ms`,
      reference: `computePlan() alone ${Math.round(alone)} ms`,
      ratio: alone / viaApi,
    };
  } finally {
    await app.close();
    await database.close();
  }
}
