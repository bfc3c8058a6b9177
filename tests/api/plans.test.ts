import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganisation } from '../factories.ts';
import { as, signIn, startTestApp } from '../helpers/test-app.ts';

let t: Awaited<ReturnType<typeof startTestApp>>;
let w: Awaited<ReturnType<typeof anOrganisation>>;
let admin: ReturnType<typeof as>;
let manager: ReturnType<typeof as>;
let rep: ReturnType<typeof as>;
let otherAdmin: ReturnType<typeof as>;

type Target = {
  unit: string;
  metric: string;
  value: number;
  periods: { label: string; value: number }[];
  terms: { term: string }[];
};

/** A won opportunity of `amount` (分) for the rep, won at `at`. */
async function won(who: keyof typeof w.reps, amount: number, at: string) {
  await t.deps.stores.opportunities.insert(w.ws.id, {
    name: '已成交商机',
    accountId: w.owned[who].accountId,
    ownerRepId: w.reps[who].id,
    productId: null,
    amount,
    stage: 'won',
    probability: 100,
    expectedClose: null,
    wonAt: new Date(at),
    lostAt: null,
  });
}

const valuesOf = (targets: Target[]) =>
  Object.fromEntries(
    targets.map((x) => [Object.entries(w.reps).find(([, r]) => r.id === x.unit)?.[0], x.value]),
  );

beforeAll(async () => {
  t = await startTestApp();
  w = await anOrganisation(t.deps.stores);
  admin = as(t.app, await signIn(t.app, w.users.admin.email));
  manager = as(t.app, await signIn(t.app, w.users.eastManager.email));
  rep = as(t.app, await signIn(t.app, w.users.sh1.email));
  otherAdmin = as(t.app, await signIn(t.app, w.other.admin.email));
  // Revenue in 2026-Q2 a year before (Shanghai time): sh1 30,000, sh2 10,000, southRep 40,000 元.
  await won('sh1', 3_000_000, '2025-05-10T02:00:00Z');
  await won('sh2', 1_000_000, '2025-06-30T15:00:00Z'); // 23:00 on June 30 in Shanghai
  await won('southRep', 4_000_000, '2025-04-01T00:00:00Z');
  // Outside the base period: July 1 00:30 in Shanghai.
  await won('sh1', 9_000_000, '2025-06-30T16:30:00Z');
});
afterAll(() => t.close());

const Q2 = { periodKind: 'quarter', periodStart: '2026-04-01' } as const;
const byHistory = { drivers: [{ driver: 'history', weight: 1 }] };

describe('what-if calculation', () => {
  it('splits a manager’s target over the reps of their scope by last year’s revenue', async () => {
    const res = await manager({
      method: 'POST',
      url: '/api/v1/plans/compute',
      payload: { ...Q2, metrics: [{ metric: 'revenue', target: 8_000_000, method: byHistory }] },
    });
    expect(res.statusCode).toBe(200);
    const { input, result } = res.json();
    // History of 2025-04-01 … 2025-06-30: sh1 30,000 of 40,000 (3/4), sh2 1/4, eastRep none.
    expect(input.units.map((u: { id: string }) => u.id).sort()).toEqual(
      [w.reps.sh1.id, w.reps.sh2.id, w.reps.eastRep.id].sort(),
    );
    expect(valuesOf(result.targets)).toEqual({ sh1: 6_000_000, sh2: 2_000_000, eastRep: 0 });
    const sh1 = result.targets.find((x: Target) => x.unit === w.reps.sh1.id);
    expect(sh1.periods).toEqual([
      { label: '2026-04', value: 2_000_000 },
      { label: '2026-05', value: 2_000_000 },
      { label: '2026-06', value: 2_000_000 },
    ]);
    // Nothing was written.
    const list = await admin({ method: 'GET', url: '/api/v1/plans' });
    expect(list.json().total).toBe(0);
  });

  it('back-calculates the deals, opportunities, leads and visits a revenue target needs from last year’s funnel', async () => {
    // The only deal won in the twelve months before 2027: 20,000 元.
    await won('eastRep', 2_000_000, '2026-06-01T02:00:00Z');
    const res = await manager({
      method: 'POST',
      url: '/api/v1/plans/compute',
      payload: {
        periodKind: 'quarter',
        periodStart: '2027-01-01',
        metrics: [
          {
            metric: 'revenue',
            target: 9_000_000,
            method: { drivers: [{ driver: 'even', weight: 1 }] },
          },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    const { input, result } = res.json();
    expect(input.funnel).toMatchObject({ metric: 'revenue', avgDeal: 2_000_000, winRate: 1 });
    expect(input.metrics[0].unit).toBe('分');
    // 9,000,000 分 over three reps: 3,000,000 each, ⌈3,000,000 / 2,000,000⌉ = 2 deals to win.
    const sh1 = result.targets.find((x: Target) => x.unit === w.reps.sh1.id);
    expect(sh1.value).toBe(3_000_000);
    expect(sh1.derived.wonDeals).toBe(2);
    expect(sh1.derived.opportunities).toBe(2);
    expect(sh1.text).toMatch(/需赢单 2 个/);
  });

  it('reads potential from the territories the reps cover, shared between covering reps', async () => {
    await t.deps.stores.territories.insert(w.ws.id, {
      name: '浦东',
      parentId: null,
      criteria: {},
      potential: { customers: 100 },
      repIds: [w.reps.sh1.id, w.reps.sh2.id],
    });
    await t.deps.stores.territories.insert(w.ws.id, {
      name: '苏州',
      parentId: null,
      criteria: {},
      potential: { customers: 200 },
      repIds: [w.reps.eastRep.id],
    });
    const res = await manager({
      method: 'POST',
      url: '/api/v1/plans/compute',
      payload: {
        ...Q2,
        potentialFactors: { customers: 1 },
        metrics: [
          {
            metric: 'revenue',
            target: 6_000_000,
            method: { drivers: [{ driver: 'potential', weight: 1 }] },
          },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    // Index: 浦东 100/150, 苏州 200/150; 浦东 shared by two reps → 1/3 each, eastRep 4/3.
    expect(valuesOf(res.json().result.targets)).toEqual({
      sh1: 1_000_000,
      sh2: 1_000_000,
      eastRep: 4_000_000,
    });
  });

  it('uses open opportunities as pipeline and applies what-if adjustments', async () => {
    const res = await manager({
      method: 'POST',
      url: '/api/v1/plans/compute',
      payload: {
        ...Q2,
        metrics: [
          {
            metric: 'revenue',
            target: 9_000_000,
            method: { drivers: [{ driver: 'pipeline', weight: 1 }] },
          },
        ],
        adjustments: [
          { repId: w.reps.eastRep.id, metric: 'revenue', value: 1_000_000, comment: '新人' },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    // Each rep has 10,000 元 open; eastRep fixed at 10,000, the other 80,000 split evenly.
    expect(valuesOf(res.json().result.targets)).toEqual({
      sh1: 4_000_000,
      sh2: 4_000_000,
      eastRep: 1_000_000,
    });
  });

  it('splits top-down through the team tree when asked', async () => {
    const res = await admin({
      method: 'POST',
      url: '/api/v1/plans/compute',
      payload: {
        ...Q2,
        allocation: 'top_down',
        metrics: [{ metric: 'revenue', target: 1_200_000 }],
      },
    });
    expect(res.statusCode).toBe(200);
    const { result } = res.json();
    // Evenly: 华东 and 华南 half each; 华东 → 上海一组 and 李娜; 上海一组 → 张伟 and 王芳.
    expect(valuesOf(result.targets)).toEqual({
      sh1: 150_000,
      sh2: 150_000,
      eastRep: 300_000,
      southRep: 600_000,
    });
    expect(
      Object.fromEntries(
        result.rollup.map((r: { team: string; target: number }) => [r.team, r.target]),
      ),
    ).toEqual({
      [w.teams.east.id]: 600_000,
      [w.teams.sh.id]: 300_000,
      [w.teams.south.id]: 600_000,
    });

    // The regions by the plan's method (even), within 华东 by last year's revenue: 上海一组 had it all.
    const levels = {
      ...Q2,
      allocation: 'top_down',
      levelMethods: [null, { drivers: [{ driver: 'history', weight: 1 }] }],
      metrics: [{ metric: 'revenue', target: 1_200_000 }],
    };
    const byLevel = await admin({ method: 'POST', url: '/api/v1/plans/compute', payload: levels });
    expect(byLevel.statusCode).toBe(200);
    expect(valuesOf(byLevel.json().result.targets)).toEqual({
      sh1: 300_000,
      sh2: 300_000,
      eastRep: 0,
      southRep: 600_000,
    });
    expect(byLevel.json().input.levelMethods).toEqual(levels.levelMethods);
  });

  it('refuses reps, a start that opens no quarter, rates and reps outside the scope', async () => {
    const byRep = await rep({
      method: 'POST',
      url: '/api/v1/plans/compute',
      payload: { ...Q2, metrics: [{ metric: 'revenue', target: 1 }] },
    });
    expect(byRep.statusCode).toBe(403);
    const bad = await manager({
      method: 'POST',
      url: '/api/v1/plans/compute',
      payload: {
        periodKind: 'quarter',
        periodStart: '2026-05-01',
        metrics: [{ metric: 'lead_conversion', target: 1 }],
        adjustments: [
          { repId: w.reps.southRep.id, metric: 'lead_conversion', value: 1, comment: '调整' },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad.json().error.details.issues.map((i: { path: string; code: string }) => [i.path, i.code]),
    ).toEqual([
      ['periodStart', 'plan_period_start'],
      ['metrics.0.metric', 'plan_metric_rate'],
    ]);
  });

  it('answers a plan it cannot compute with the calculator’s problem at its path', async () => {
    const res = await manager({
      method: 'POST',
      url: '/api/v1/plans/compute',
      payload: {
        ...Q2,
        seasonality: [1, 2],
        metrics: [{ metric: 'visits', target: 30 }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues[0]).toMatchObject({
      path: 'plan.seasonality',
      code: 'plan_problem',
    });
  });
});

describe('a stored plan from draft to published', () => {
  let planId: string;
  const url = (rest = '') => `/api/v1/plans/${planId}${rest}`;
  const detail = async (who: ReturnType<typeof as>, rest = '') =>
    (await who({ method: 'GET', url: url(rest) })).json();

  it('creates a draft over every active rep, version 1, audited', async () => {
    const res = await manager({
      method: 'POST',
      url: '/api/v1/plans',
      payload: {
        name: '2026 年二季度销售目标',
        ...Q2,
        metrics: [
          {
            metric: 'revenue',
            target: 16_000_000,
            method: byHistory,
            teamTargets: { [w.teams.east.id]: 10_000_000 },
          },
        ],
      },
    });
    expect(res.statusCode).toBe(201);
    const plan = res.json();
    planId = plan.id;
    expect(plan).toMatchObject({
      status: 'draft',
      version: 1,
      periodEnd: '2026-06-30',
      split: 'month',
      method: { rampCurve: [0.25, 0.5, 0.75, 1] },
    });
    const body = await detail(admin);
    // 16,000,000 by history 3 : 1 : 0 : 4.
    expect(valuesOf(body.current.result.targets)).toEqual({
      sh1: 6_000_000,
      sh2: 2_000_000,
      eastRep: 0,
      southRep: 8_000_000,
    });
    const east = body.current.result.rollup.find(
      (r: { team: string }) => r.team === w.teams.east.id,
    );
    expect(east).toEqual({
      team: w.teams.east.id,
      metric: 'revenue',
      value: 8_000_000,
      target: 10_000_000,
      overAssignment: -0.2,
    });
    const audit = await t.deps.stores.audit.list({
      workspaceId: w.ws.id,
      limit: 5,
      entity: 'plan',
    });
    expect(audit[0]).toMatchObject({ action: 'create', entityId: planId });
  });

  it('hides drafts from reps and from other workspaces', async () => {
    expect((await rep({ method: 'GET', url: url() })).statusCode).toBe(404);
    expect((await rep({ method: 'GET', url: '/api/v1/plans' })).json().items).toEqual([]);
    const other = await otherAdmin({ method: 'GET', url: url() });
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('plan.not_found');
  });

  it('lets a manager fix a rep’s target in their scope with a comment; the rest is re-split', async () => {
    const res = await manager({
      method: 'PUT',
      url: url('/adjustments'),
      payload: {
        repId: w.reps.eastRep.id,
        metric: 'revenue',
        value: 1_000_000,
        comment: '新区域开拓，给出基础目标',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'draft', version: 2 });
    const body = await detail(admin);
    // 15,000,000 left, by history 3 : 1 : 4.
    expect(valuesOf(body.current.result.targets)).toEqual({
      sh1: 5_625_000,
      sh2: 1_875_000,
      eastRep: 1_000_000,
      southRep: 7_500_000,
    });
    const eastRep = body.current.result.targets.find((x: Target) => x.unit === w.reps.eastRep.id);
    expect(eastRep.terms[0]).toEqual({
      term: 'adjustment',
      value: 1_000_000,
      comment: '新区域开拓，给出基础目标',
    });
    const audit = await t.deps.stores.audit.list({
      workspaceId: w.ws.id,
      limit: 1,
      entity: 'plan',
    });
    expect(audit[0]).toMatchObject({
      action: 'adjust',
      before: null,
      after: { repId: w.reps.eastRep.id, metric: 'revenue', value: 1_000_000 },
    });
  });

  it('refuses adjustments outside the manager’s subtree, by reps, and without a comment', async () => {
    const outside = await manager({
      method: 'PUT',
      url: url('/adjustments'),
      payload: { repId: w.reps.southRep.id, metric: 'revenue', value: 1, comment: '调整' },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details.issues).toEqual([
      {
        path: 'repId',
        message: `unknown rep ${w.reps.southRep.id} or outside your data scope`,
        code: 'outside_scope',
        params: { id: w.reps.southRep.id },
      },
    ]);
    const byRep = await rep({
      method: 'PUT',
      url: url('/adjustments'),
      payload: { repId: w.reps.sh1.id, metric: 'revenue', value: 1, comment: '调整' },
    });
    expect(byRep.statusCode).toBe(403);
    const noComment = await manager({
      method: 'PUT',
      url: url('/adjustments'),
      payload: { repId: w.reps.sh1.id, metric: 'revenue', value: 1, comment: ' ' },
    });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.details.issues[0].path).toBe('comment');
  });

  it('shows a manager the reps and teams of their scope only', async () => {
    const body = await detail(manager);
    expect(Object.keys(valuesOf(body.current.result.targets)).sort()).toEqual([
      'eastRep',
      'sh1',
      'sh2',
    ]);
    expect(body.current.result.rollup.map((r: { team: string }) => r.team).sort()).toEqual(
      [w.teams.east.id, w.teams.sh.id].sort(),
    );
    expect(body.current.input.units).toHaveLength(3);
  });

  it('recalculates from the data as it is now and keeps the adjustment', async () => {
    await won('sh2', 2_000_000, '2025-05-20T02:00:00Z');
    const res = await manager({ method: 'POST', url: url('/recalculate') });
    expect(res.statusCode).toBe(200);
    expect(res.json().version).toBe(3);
    const body = await detail(admin);
    // History now 3 : 3 : 4 over the 15,000,000 left after eastRep's 1,000,000.
    expect(valuesOf(body.current.result.targets)).toEqual({
      sh1: 4_500_000,
      sh2: 4_500_000,
      eastRep: 1_000_000,
      southRep: 6_000_000,
    });
  });

  it('answers wrong workflow moves with their codes', async () => {
    const approveDraft = await admin({ method: 'POST', url: url('/approve') });
    expect(approveDraft.statusCode).toBe(409);
    expect(approveDraft.json().error).toMatchObject({
      code: 'plan.wrong_status',
      details: { status: 'draft', required: 'submitted' },
    });
    expect((await rep({ method: 'POST', url: url('/submit') })).statusCode).toBe(403);
    expect((await manager({ method: 'POST', url: url('/submit') })).json().status).toBe(
      'submitted',
    );
    const adjustSubmitted = await manager({
      method: 'PUT',
      url: url('/adjustments'),
      payload: { repId: w.reps.sh1.id, metric: 'revenue', value: 1, comment: '调整' },
    });
    expect(adjustSubmitted.json().error).toMatchObject({
      code: 'plan.wrong_status',
      details: { status: 'submitted', required: 'draft' },
    });
    const publishSubmitted = await admin({ method: 'POST', url: url('/publish') });
    expect(publishSubmitted.statusCode).toBe(409);
    expect(publishSubmitted.json().error.code).toBe('plan.wrong_status');
    expect((await manager({ method: 'POST', url: url('/approve') })).json().status).toBe(
      'approved',
    );
    const publishByManager = await manager({ method: 'POST', url: url('/publish') });
    expect(publishByManager.statusCode).toBe(403);
    const published = await admin({ method: 'POST', url: url('/publish') });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', version: 6 });
    expect(published.json().publishedAt).toBe('2026-03-02T01:00:00.000Z');
  });

  it('keeps a published plan read-only', async () => {
    for (const [method, path, payload] of [
      [
        'PUT',
        '/adjustments',
        { repId: w.reps.sh1.id, metric: 'revenue', value: 1, comment: '调整' },
      ],
      ['POST', '/recalculate', undefined],
      ['POST', '/submit', undefined],
      ['POST', '/publish', undefined],
    ] as const) {
      const res = await admin({ method, url: url(path), ...(payload ? { payload } : {}) });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('plan.locked');
    }
  });

  it('shows a rep only their own targets of the published plan', async () => {
    const list = (await rep({ method: 'GET', url: '/api/v1/plans' })).json();
    expect(list.items.map((p: { id: string }) => p.id)).toEqual([planId]);
    const body = await detail(rep);
    expect(body.current.result.targets.map((x: Target) => [x.unit, x.value])).toEqual([
      [w.reps.sh1.id, 4_500_000],
    ]);
    expect(body.current.result.rollup).toEqual([]);
    expect(body.current.result.fairness).toEqual({});
    expect(body.current.input.units.map((u: { id: string }) => u.id)).toEqual([w.reps.sh1.id]);
    expect(body.current.input.adjustments).toEqual([]);
    expect(body.metrics[0].teamTargets).toEqual({});
  });

  it('keeps every version viewable, and reps only the published ones', async () => {
    const versions = (await manager({ method: 'GET', url: url('/versions') })).json().items;
    expect(
      versions.map((v: { version: number; change: string; status: string }) => [
        v.version,
        v.change,
        v.status,
      ]),
    ).toEqual([
      [6, 'published', 'published'],
      [5, 'approved', 'approved'],
      [4, 'submitted', 'submitted'],
      [3, 'recalculated', 'draft'],
      [2, 'adjusted', 'draft'],
      [1, 'created', 'draft'],
    ]);
    const v2 = await detail(admin, '/versions/2');
    expect(v2.current.version).toBe(2);
    expect(valuesOf(v2.current.result.targets).sh2).toBe(1_875_000);
    expect((await rep({ method: 'GET', url: url('/versions/2') })).statusCode).toBe(404);
    expect((await rep({ method: 'GET', url: url('/versions') })).json().items).toHaveLength(1);
    expect((await admin({ method: 'GET', url: url('/versions/9') })).statusCode).toBe(404);
    const actions = (
      await t.deps.stores.audit.list({ workspaceId: w.ws.id, limit: 20, entity: 'plan' })
    ).map((a) => a.action);
    expect(actions).toEqual(['publish', 'approve', 'submit', 'recalculate', 'adjust', 'create']);
  });

  it('shows targets by territory, each reader within their scope', async () => {
    const view = async (who: ReturnType<typeof as>) => {
      const res = await who({ method: 'GET', url: url('/territories?version=6') });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      return {
        items: Object.fromEntries(
          body.items.map((i: { territory: { name: string }; targets: { revenue: number } }) => [
            i.territory.name,
            i.targets.revenue,
          ]),
        ),
        unattributed: body.unattributed.revenue,
      };
    };
    // 浦东 is covered by 张伟 and 王芳 (4,500,000 each), 苏州 by 李娜; 刘洋 covers none.
    expect(await view(admin)).toEqual({
      items: { 浦东: 9_000_000, 苏州: 1_000_000 },
      unattributed: 6_000_000,
    });
    expect(await view(manager)).toEqual({
      items: { 浦东: 9_000_000, 苏州: 1_000_000 },
      unattributed: 0,
    });
    expect(await view(rep)).toEqual({ items: { 浦东: 4_500_000 }, unattributed: 0 });
  });

  it('lists plans a page at a time', async () => {
    t.clock.advance(60_000);
    await admin({
      method: 'POST',
      url: '/api/v1/plans',
      payload: {
        name: '2026 年 5 月拜访目标',
        periodKind: 'month',
        periodStart: '2026-05-01',
        metrics: [{ metric: 'visits', target: 40 }],
      },
    });
    const first = (await manager({ method: 'GET', url: '/api/v1/plans?limit=1' })).json();
    expect(first).toMatchObject({ total: 2 });
    expect(first.items[0].name).toBe('2026 年 5 月拜访目标');
    const second = (
      await manager({ method: 'GET', url: `/api/v1/plans?limit=1&cursor=${first.nextCursor}` })
    ).json();
    expect(second.items.map((p: { id: string }) => p.id)).toEqual([planId]);
    expect(second.nextCursor).toBeNull();
  });

  describe('revisions after publishing', () => {
    const revise = (who: ReturnType<typeof as>, payload: Record<string, unknown>) =>
      who({ method: 'POST', url: url('/revisions'), payload });
    const periods = async (who: keyof typeof w.reps | string) => {
      const id =
        typeof who === 'string' && who in w.reps ? w.reps[who as keyof typeof w.reps].id : who;
      const body = await detail(admin);
      return body.current.result.targets
        .find((x: Target) => x.unit === id)
        ?.periods.map((p: { value: number }) => p.value);
    };

    it('moves a leaving rep’s remaining target to a colleague by the months left', async () => {
      const res = await revise(manager, {
        effectiveFrom: '2026-06-01',
        metric: 'revenue',
        fromRepId: w.reps.sh2.id,
        toRepIds: [w.reps.sh1.id],
        comment: '王芳 6 月起离职，客户交由张伟',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'published', version: 7 });
      expect(await periods('sh2')).toEqual([1_500_000, 1_500_000, 0]);
      expect(await periods('sh1')).toEqual([1_500_000, 1_500_000, 3_000_000]);
      const mine = (await detail(rep)).current.result.targets;
      expect(mine).toHaveLength(1);
      expect(mine[0].value).toBe(6_000_000);
      expect(mine[0].terms.at(-1)).toEqual({
        term: 'adjustment',
        value: 6_000_000,
        comment: '自 2026-06-01 起：王芳 6 月起离职，客户交由张伟',
      });
      const audit = await t.deps.stores.audit.list({
        workspaceId: w.ws.id,
        limit: 1,
        entity: 'plan',
      });
      expect(audit[0]).toMatchObject({
        action: 'revise',
        after: { version: 7, moved: { [w.reps.sh2.id]: -1_500_000, [w.reps.sh1.id]: 1_500_000 } },
      });
    });

    it('keeps managers to their scope and refuses a plan that is not published', async () => {
      const outside = await revise(manager, {
        effectiveFrom: '2026-06-01',
        metric: 'revenue',
        fromRepId: w.reps.southRep.id,
        toRepIds: [w.reps.sh1.id],
        comment: '调整',
      });
      expect(outside.statusCode).toBe(400);
      expect(outside.json().error.details.issues).toMatchObject([
        { path: 'fromRepId', code: 'outside_scope' },
      ]);
      const late = await revise(admin, {
        effectiveFrom: '2026-07-01',
        metric: 'revenue',
        fromRepId: w.reps.sh1.id,
        toRepIds: [],
        comment: '调整',
      });
      expect(late.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual([
        'effectiveFrom',
        'toRepIds',
      ]);
      const draftId = (await admin({ method: 'GET', url: '/api/v1/plans?limit=1' })).json().items[0]
        .id;
      const draft = await admin({
        method: 'POST',
        url: `/api/v1/plans/${draftId}/revisions`,
        payload: {
          effectiveFrom: '2026-05-10',
          metric: 'visits',
          fromRepId: w.reps.sh1.id,
          toRepIds: [w.reps.sh2.id],
          comment: '调整',
        },
      });
      expect(draft.statusCode).toBe(409);
      expect(draft.json().error).toMatchObject({
        code: 'plan.wrong_status',
        details: { status: 'draft', required: 'published' },
      });
    });

    it('gives part of a target to a rep who joins', async () => {
      const joiner = await t.deps.stores.reps.insert(w.ws.id, {
        code: 'NEW1',
        name: '新同事',
        teamId: w.teams.south.id,
        email: null,
        phone: null,
        level: 'junior',
        hiredOn: '2026-04-20',
        active: true,
        tags: [],
        attrs: {},
        weight: 1,
        capPerDay: null,
        capPerWeek: null,
        capPerMonth: null,
        maxOpen: null,
        away: [],
        mentorId: null,
      });
      const res = await revise(admin, {
        effectiveFrom: '2026-05-01',
        metric: 'revenue',
        fromRepId: w.reps.southRep.id,
        toRepIds: [joiner.id],
        amount: 500_000,
        comment: '新同事接手两个客户',
      });
      expect(res.statusCode).toBe(200);
      expect(await periods('southRep')).toEqual([2_000_000, 1_750_000, 1_750_000]);
      expect(await periods(joiner.id)).toEqual([0, 250_000, 250_000]);
    });

    it('relieves a rep on leave without keeping the company total', async () => {
      const res = await revise(admin, {
        effectiveFrom: '2026-04-16',
        metric: 'revenue',
        fromRepId: w.reps.eastRep.id,
        keepTotal: false,
        comment: '李娜 4 月 16 日起休产假',
      });
      expect(res.statusCode).toBe(200);
      // 1,000,000 spread 333,334 / 333,333 / 333,333; half of April is left on the 16th.
      expect(await periods('eastRep')).toEqual([166_667, 0, 0]);
      const body = await detail(admin);
      expect(body.current.input.metrics[0].target).toBe(15_166_667);
      const total = body.current.result.targets.reduce(
        (sum: number, x: Target) => sum + x.value,
        0,
      );
      expect(total).toBe(15_166_667);
      const versions = (await admin({ method: 'GET', url: url('/versions') })).json().items;
      expect(
        versions.slice(0, 3).map((v: { change: string; status: string }) => [v.change, v.status]),
      ).toEqual([
        ['revised', 'published'],
        ['revised', 'published'],
        ['revised', 'published'],
      ]);
      expect(versions[0].detail).toMatchObject({
        keepTotal: false,
        moved: { [w.reps.eastRep.id]: -833_333 },
      });
    });
  });
});
