import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganisation } from '../factories.ts';
import { as, signIn, startTestApp } from '../helpers/test-app.ts';

let t: Awaited<ReturnType<typeof startTestApp>>;
let w: Awaited<ReturnType<typeof anOrganisation>>;
let admin: ReturnType<typeof as>;
let manager: ReturnType<typeof as>;
let rep: ReturnType<typeof as>;
let otherAdmin: ReturnType<typeof as>;

const MARCH = 'from=2026-03-01&to=2026-03-31';

beforeAll(async () => {
  t = await startTestApp();
  w = await anOrganisation(t.deps.stores);
  admin = as(t.app, await signIn(t.app, w.users.admin.email));
  manager = as(t.app, await signIn(t.app, w.users.eastManager.email));
  rep = as(t.app, await signIn(t.app, w.users.sh1.email));
  otherAdmin = as(t.app, await signIn(t.app, w.other.admin.email));
  // Visits in March, Shanghai time: sh1 2 (one at 00:00 on March 1), sh2 1, eastRep 1, southRep 3;
  // one of sh1's at 00:00 on April 1, which belongs to April.
  const visits: [keyof typeof w.reps, string][] = [
    ['sh1', '2026-02-28T16:00:00Z'],
    ['sh1', '2026-03-10T02:00:00Z'],
    ['sh1', '2026-03-31T16:00:00Z'],
    ['sh2', '2026-03-11T02:00:00Z'],
    ['eastRep', '2026-03-12T02:00:00Z'],
    ['southRep', '2026-03-13T02:00:00Z'],
    ['southRep', '2026-03-14T02:00:00Z'],
    ['southRep', '2026-03-15T02:00:00Z'],
  ];
  for (const [who, at] of visits) {
    await t.deps.stores.activities.insert(w.ws.id, {
      kind: 'visit',
      repId: w.reps[who].id,
      leadId: null,
      accountId: w.owned[who].accountId,
      at: new Date(at),
      summary: '上门拜访',
    });
  }
});
afterAll(() => t.close());

const actuals = async (who: ReturnType<typeof as>, metric: string, query: string) =>
  who({ method: 'GET', url: `/api/v1/metrics/${metric}/actuals?${query}` });
const valuesOf = (body: { units: { name: string | null; value: number | null }[] }) =>
  Object.fromEntries(body.units.map((u) => [u.name, u.value]));

describe('the metric catalogue', () => {
  it('lists the default metrics to everyone in the workspace, worded in its language', async () => {
    const res = await rep({ method: 'GET', url: '/api/v1/metrics' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { key: string; name: string; builtin: boolean }[];
    expect(items.map((m) => [m.key, m.name])).toEqual([
      ['revenue', '销售额'],
      ['new_customers', '新客户数'],
      ['visits', '拜访次数'],
      ['calls', '电话次数'],
      ['lead_conversion', '线索转化率'],
      ['satisfaction', '客户满意度'],
    ]);
    expect(items.every((m) => m.builtin)).toBe(true);
    expect(items[4]).toMatchObject({
      kind: 'rate',
      unit: '%',
      precision: 1,
      rule: { kind: 'lead_conversion', minLeads: 10 },
    });
  });

  it('lets an admin add a metric of an existing kind, audited', async () => {
    const res = await admin({
      method: 'POST',
      url: '/api/v1/metrics',
      payload: {
        key: 'meetings',
        name: '会议次数',
        kind: 'count',
        unit: '次',
        rule: { kind: 'activities', activity: 'meeting' },
      },
    });
    expect(res.statusCode).toBe(201);
    const metric = res.json();
    expect(metric).toMatchObject({
      key: 'meetings',
      builtin: false,
      active: true,
      precision: 0,
      direction: 'higher_better',
    });
    const audit = await t.deps.stores.audit.list({
      workspaceId: w.ws.id,
      limit: 5,
      entity: 'metric',
    });
    expect(audit[0]).toMatchObject({ action: 'create', entityId: metric.id });
    const list = (await rep({ method: 'GET', url: '/api/v1/metrics' })).json();
    expect(list.items.at(-1).key).toBe('meetings');
  });

  it('checks a new metric whole and names every problem with its path', async () => {
    const res = await admin({
      method: 'POST',
      url: '/api/v1/metrics',
      payload: {
        key: 'Bad Key',
        name: '转化',
        kind: 'count',
        unit: '%',
        rule: { kind: 'lead_conversion', minLeads: 5 },
      },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res.json().error.details.issues.map((i: { path: string; code: string }) => [i.path, i.code]),
    ).toEqual([
      ['key', 'invalid_metric_key'],
      ['rule.kind', 'rule_kind_mismatch'],
    ]);
    const product = await admin({
      method: 'POST',
      url: '/api/v1/metrics',
      payload: {
        key: 'product_revenue',
        name: '产品销售额',
        kind: 'amount',
        unit: 'CNY',
        rule: { kind: 'won_amount', productId: '00000000-0000-4000-8000-000000000000' },
      },
    });
    expect(product.json().error.details.issues).toEqual([
      expect.objectContaining({ path: 'rule.productId', code: 'unknown_product' }),
    ]);
    const shape = await admin({
      method: 'POST',
      url: '/api/v1/metrics',
      payload: {
        key: 'x1',
        name: '',
        kind: 'count',
        unit: '',
        precision: 9,
        rule: { kind: 'activities' },
      },
    });
    expect(shape.statusCode).toBe(400);
    expect(
      shape
        .json()
        .error.details.issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['name', 'precision', 'rule.activity']);
  });

  it('refuses a key already used', async () => {
    const res = await admin({
      method: 'POST',
      url: '/api/v1/metrics',
      payload: {
        key: 'revenue',
        name: '收入',
        kind: 'amount',
        unit: 'CNY',
        rule: { kind: 'won_amount' },
      },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('metric.key_taken');
  });

  it('lets only admins add or change metrics', async () => {
    const payload = {
      key: 'calls2',
      name: '电话',
      kind: 'count',
      unit: '次',
      rule: { kind: 'activities', activity: 'call' },
    };
    expect((await rep({ method: 'POST', url: '/api/v1/metrics', payload })).statusCode).toBe(403);
    expect((await manager({ method: 'POST', url: '/api/v1/metrics', payload })).statusCode).toBe(
      403,
    );
    const patch = await manager({
      method: 'PATCH',
      url: '/api/v1/metrics/visits',
      payload: { name: 'x' },
    });
    expect(patch.statusCode).toBe(403);
  });

  it('renames and reshapes a built-in metric by key, but never changes its counting rule', async () => {
    const renamed = await admin({
      method: 'PATCH',
      url: '/api/v1/metrics/visits',
      payload: { name: '客户拜访', precision: 1 },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ key: 'visits', name: '客户拜访', precision: 1 });
    const rule = await admin({
      method: 'PATCH',
      url: `/api/v1/metrics/${renamed.json().id}`,
      payload: { rule: { kind: 'activities', activity: 'call' } },
    });
    expect(rule.statusCode).toBe(409);
    expect(rule.json().error.code).toBe('metric.builtin_rule');
    const custom = await admin({
      method: 'PATCH',
      url: '/api/v1/metrics/meetings',
      payload: { rule: { kind: 'activities', activity: 'email' }, active: false },
    });
    expect(custom.json()).toMatchObject({ rule: { activity: 'email' }, active: false });
    const kind = await admin({
      method: 'PATCH',
      url: '/api/v1/metrics/meetings',
      payload: { kind: 'rate' },
    });
    expect(kind.statusCode).toBe(400);
  });

  it('keeps workspaces apart', async () => {
    const ours = (await admin({ method: 'GET', url: '/api/v1/metrics' })).json().items[0];
    const theirs = await otherAdmin({
      method: 'PATCH',
      url: `/api/v1/metrics/${ours.id}`,
      payload: { name: 'x' },
    });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().error.code).toBe('metric.not_found');
    const res = await actuals(otherAdmin, 'visits', MARCH);
    expect(res.json().units.map((u: { id: string }) => u.id)).toEqual([w.other.rep.id]);
  });
});

describe('actuals', () => {
  it('counts per rep over the business dates: 00:00 on the first day counts, 00:00 after the last does not', async () => {
    const res = await actuals(admin, 'visits', MARCH);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.period).toEqual({
      firstDay: '2026-03-01',
      lastDay: '2026-03-31',
      timeZone: 'Asia/Shanghai',
      from: '2026-02-28T16:00:00.000Z',
      to: '2026-03-31T16:00:00.000Z',
    });
    expect(valuesOf(body)).toEqual({ 张伟: 2, 王芳: 1, 李娜: 1, 刘洋: 3 });
    const april = await actuals(admin, 'visits', 'from=2026-04-01&to=2026-04-30');
    expect(valuesOf(april.json())).toMatchObject({ 张伟: 1, 刘洋: 0 });
  });

  it('shows a rep only themselves, and a manager the reps of their data scope', async () => {
    const own = (await actuals(rep, 'visits', `${MARCH}&groupBy=team`)).json();
    expect(own.units).toHaveLength(2); // 华东 and 上海一组, each with 张伟 only
    expect(own.units.every((u: { value: number }) => u.value === 2)).toBe(true);
    expect(valuesOf((await actuals(rep, 'visits', MARCH)).json())).toEqual({ 张伟: 2 });
    expect(valuesOf((await actuals(manager, 'visits', MARCH)).json())).toEqual({
      张伟: 2,
      王芳: 1,
      李娜: 1,
    });
  });

  it('sums teams over their whole subtree, and the workspace over every rep', async () => {
    const teams = (await actuals(admin, 'visits', `${MARCH}&groupBy=team`)).json();
    expect(valuesOf(teams)).toEqual({ 华东: 4, 上海一组: 3, 华南: 3 });
    const all = (await actuals(admin, 'visits', `${MARCH}&groupBy=workspace`)).json();
    expect(all.units).toEqual([
      { unit: 'workspace', id: null, name: null, numerator: 7, denominator: null, value: 7 },
    ]);
  });

  it('counts revenue won through the API by won date', async () => {
    const won = await admin({
      method: 'PATCH',
      url: `/api/v1/opportunities/${w.owned.sh2.opportunityId}`,
      payload: { stage: 'won' },
    });
    expect(won.statusCode).toBe(200);
    const body = (await actuals(manager, 'revenue', `${MARCH}&groupBy=team`)).json();
    expect(valuesOf(body)).toEqual({ 华东: 1_000_000, 上海一组: 1_000_000 });
    const feb = (await actuals(manager, 'revenue', 'from=2026-02-01&to=2026-02-28')).json();
    expect(valuesOf(feb)).toEqual({ 张伟: 0, 王芳: 0, 李娜: 0 });
  });

  it('averages satisfaction entered on accounts, with no value below the minimum of scored accounts', async () => {
    const bad = await admin({
      method: 'PATCH',
      url: `/api/v1/accounts/${w.owned.sh1.accountId}`,
      payload: { satisfaction: 101 },
    });
    expect(bad.statusCode).toBe(400);
    for (const [who, score] of [
      ['sh1', 80],
      ['sh2', 95],
      ['eastRep', 70],
    ] as const) {
      const res = await admin({
        method: 'PATCH',
        url: `/api/v1/accounts/${w.owned[who].accountId}`,
        payload: { satisfaction: score },
      });
      expect(res.json().satisfaction).toBe(score);
    }
    const reps = (await actuals(manager, 'satisfaction', MARCH)).json();
    expect(reps.units.find((u: { name: string }) => u.name === '张伟')).toMatchObject({
      numerator: 80,
      denominator: 1,
      value: null,
    });
    const team = (await actuals(manager, 'satisfaction', `${MARCH}&groupBy=team`)).json();
    expect(team.units.find((u: { name: string }) => u.name === '华东')).toMatchObject({
      numerator: 245,
      denominator: 3,
      value: 81.7,
    });
  });

  it('refuses a period that ends before it starts, and an unknown metric', async () => {
    const res = await actuals(admin, 'visits', 'from=2026-03-31&to=2026-03-01');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues).toEqual([
      expect.objectContaining({ path: 'to', code: 'period_order' }),
    ]);
    const missing = await actuals(admin, 'no_such_metric', MARCH);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('metric.not_found');
  });
});
