/**
 * The plan store on real rows: plans paged newest first, metrics in order, adjustments set and
 * removed, versions append-only, and the data a plan reads (active reps, open pipeline,
 * territory coverage), on PGlite and (when TEST_DATABASE_URL is set) PostgreSQL.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanWrite } from '../../src/app/plan-ports.ts';
import type { Stores } from '../../src/app/ports.ts';
import type { PlanResult } from '../../src/domain/planning/plan-result.ts';
import type { Database } from '../../src/infra/db/open-database.ts';
import { createStores } from '../../src/infra/db/stores.ts';
import { anAccount, aRep, aWorkspace } from '../factories.ts';
import { ENGINES, freshDatabase } from '../helpers/test-db.ts';

const RESULT: PlanResult = {
  format: 'allot.plan-result/1',
  targets: [],
  rollup: [],
  fairness: {},
  unassigned: {},
  warnings: [],
};

const planWrite = (name: string, at: string): PlanWrite => ({
  name,
  periodKind: 'quarter',
  periodStart: '2026-04-01',
  periodEnd: '2026-06-30',
  split: 'month',
  seasonality: [1, 1.5, 0.75],
  allocation: 'direct',
  method: { rampCurve: [0.5, 1] },
  levelMethods: [null, { drivers: [{ driver: 'history', weight: 1 }] }],
  potentialFactors: { customers: 1 },
  status: 'draft',
  version: 1,
  createdBy: null,
  updatedBy: null,
  createdAt: new Date(at),
  updatedAt: new Date(at),
  publishedAt: null,
  publishedBy: null,
});

describe.each(ENGINES)('plans on %s', (engine) => {
  let database: Database;
  let stores: Stores;
  let ws: string;
  let other: string;
  let metricIds: string[];
  const rep: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };

  beforeAll(async () => {
    database = await freshDatabase(engine);
    stores = createStores(database.db);
    ws = (await aWorkspace(stores)).id;
    other = (await aWorkspace(stores, '乙公司')).id;
    rep.A = (await aRep(stores, ws, { name: '甲' })).id;
    rep.B = (await aRep(stores, ws, { name: '乙', hiredOn: '2026-02-15' })).id;
    rep.C = (await aRep(stores, ws, { name: '丙', active: false })).id;
    await stores.metrics.addMissing(ws, [
      {
        key: 'revenue',
        name: '销售额',
        kind: 'amount',
        unit: 'CNY',
        precision: 2,
        direction: 'higher_better',
        rule: { kind: 'won_amount' },
      },
      {
        key: 'visits',
        name: '拜访次数',
        kind: 'count',
        unit: '次',
        precision: 0,
        direction: 'higher_better',
        rule: { kind: 'activities', activity: 'visit' },
      },
    ]);
    metricIds = (await stores.metrics.list(ws)).map((m) => m.id);
  });
  afterAll(() => database.close());

  it('stores a plan with its metrics and pages plans newest first', async () => {
    const older = await stores.plans.insert(ws, planWrite('一季度', '2026-01-05T00:00:00Z'), []);
    const plan = await stores.plans.insert(ws, planWrite('二季度', '2026-03-05T00:00:00Z'), [
      {
        metricId: metricIds[1]!,
        position: 1,
        target: 300,
        method: null,
        historyBase: 'trailing_12_months',
        teamTargets: {},
      },
      {
        metricId: metricIds[0]!,
        position: 0,
        target: 5_000_000_000_000,
        method: { drivers: [{ driver: 'history', weight: 1 }] },
        historyBase: 'same_period_last_year',
        teamTargets: { x: 1 },
      },
    ]);
    await stores.plans.insert(other, planWrite('别家', '2026-03-06T00:00:00Z'), []);
    expect(await stores.plans.get(ws, plan.id)).toMatchObject({
      name: '二季度',
      seasonality: [1, 1.5, 0.75],
      levelMethods: [null, { drivers: [{ driver: 'history', weight: 1 }] }],
      method: { rampCurve: [0.5, 1] },
      periodStart: '2026-04-01',
    });
    expect(await stores.plans.get(other, plan.id)).toBeNull();
    expect((await stores.plans.metrics(ws, plan.id)).map((m) => [m.position, m.target])).toEqual([
      [0, 5_000_000_000_000],
      [1, 300],
    ]);
    const first = await stores.plans.list(ws, { limit: 1 });
    expect(first.total).toBe(2);
    expect(first.rows.map((p) => p.name)).toEqual(['二季度']);
    const next = await stores.plans.list(ws, {
      limit: 5,
      after: { createdAt: plan.createdAt, id: plan.id },
    });
    expect(next.rows.map((p) => p.id)).toEqual([older.id]);
    expect((await stores.plans.list(ws, { limit: 5, statuses: ['published'] })).rows).toEqual([]);
  });

  it('sets, replaces and removes adjustments; keeps versions unchanged', async () => {
    const plan = await stores.plans.insert(ws, planWrite('调整', '2026-03-07T00:00:00Z'), []);
    const adjust = (value: number, comment: string) =>
      stores.plans.setAdjustment(ws, plan.id, {
        repId: rep.A,
        metricId: metricIds[0]!,
        value,
        comment,
        byUserId: null,
        at: new Date('2026-03-07T01:00:00Z'),
      });
    await adjust(100, '第一次');
    await adjust(200, '第二次');
    expect(
      (await stores.plans.adjustments(ws, plan.id)).map((a) => [a.repId, a.value, a.comment]),
    ).toEqual([[rep.A, 200, '第二次']]);
    await expect(adjust(1, '  ')).rejects.toThrow();
    expect(await stores.plans.removeAdjustment(ws, plan.id, rep.A, metricIds[0]!)).toBe(true);
    expect(await stores.plans.removeAdjustment(ws, plan.id, rep.A, metricIds[0]!)).toBe(false);

    const input = {
      format: 'allot.plan/1' as const,
      period: { start: '2026-04-01', end: '2026-06-30' },
      metrics: [],
      units: [],
    };
    await stores.plans.appendVersion(ws, {
      planId: plan.id,
      version: 1,
      status: 'draft',
      change: 'created',
      detail: null,
      input,
      result: RESULT,
      createdBy: null,
      createdAt: new Date('2026-03-07T00:00:00Z'),
    });
    expect(await stores.plans.version(ws, plan.id, 1)).toMatchObject({ change: 'created', input });
    expect(await stores.plans.version(other, plan.id, 1)).toBeNull();
    expect((await stores.plans.versions(ws, plan.id)).map((v) => v.version)).toEqual([1]);
    await expect(
      database.db.execute(sql`update plan_versions set status = 'published'`),
    ).rejects.toThrow();
    await expect(
      stores.plans.appendVersion(ws, {
        planId: plan.id,
        version: 1,
        status: 'draft',
        change: 'again',
        detail: null,
        input,
        result: RESULT,
        createdBy: null,
        createdAt: new Date('2026-03-07T00:00:00Z'),
      }),
    ).rejects.toThrow();
  });

  it('reads active reps, open pipeline and territory coverage', async () => {
    expect((await stores.plans.activeReps(ws)).map((r) => [r.id, r.hiredOn])).toEqual([
      [rep.B, '2026-02-15'],
      [rep.A, '2022-01-01'],
    ]);
    const account = await anAccount(stores, ws, rep.A);
    const opportunity = (ownerRepId: string, amount: number, stage: 'proposal' | 'won' | 'lost') =>
      stores.opportunities.insert(ws, {
        name: '商机',
        accountId: account.id,
        ownerRepId,
        productId: null,
        amount,
        stage,
        probability: 50,
        expectedClose: null,
        wonAt: stage === 'won' ? new Date('2026-01-01T00:00:00Z') : null,
        lostAt: stage === 'lost' ? new Date('2026-01-01T00:00:00Z') : null,
      });
    await opportunity(rep.A, 1_000, 'proposal');
    await opportunity(rep.A, 2_500, 'proposal');
    await opportunity(rep.A, 9_999, 'won');
    await opportunity(rep.B, 7_777, 'lost');
    expect([...(await stores.plans.pipeline(ws))]).toEqual([[rep.A, 3_500]]);

    const t1 = await stores.territories.insert(ws, {
      name: '浦东',
      parentId: null,
      criteria: {},
      potential: { customers: 10 },
      repIds: [rep.A, rep.B],
    });
    const t2 = await stores.territories.insert(ws, {
      name: '空白',
      parentId: null,
      criteria: {},
      potential: {},
      repIds: [],
    });
    const coverage = await stores.plans.coverage(ws);
    expect(coverage.find((c) => c.id === t1.id)).toEqual({
      id: t1.id,
      potential: { customers: 10 },
      repIds: [rep.A, rep.B].sort(),
    });
    expect(coverage.find((c) => c.id === t2.id)).toEqual({ id: t2.id, potential: {}, repIds: [] });
    expect(await stores.plans.coverage(other)).toEqual([]);
  });
});
