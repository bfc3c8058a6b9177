import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aLead, anOrganisation } from '../factories.ts';
import { as, signIn, startTestApp } from '../helpers/test-app.ts';

let t: Awaited<ReturnType<typeof startTestApp>>;
let w: Awaited<ReturnType<typeof anOrganisation>>;
let admin: ReturnType<typeof as>;

/** Closed opportunities of a rep on a new account of that industry. */
async function history(repId: string, industry: string, won: number, lost: number) {
  const { stores } = t.deps;
  const account = await stores.accounts.insert(w.ws.id, {
    name: `${industry}历史客户${repId.slice(0, 4)}`,
    domain: null,
    phones: [],
    level: 'B',
    industry,
    region: '上海',
    size: 'medium',
    ownerRepId: repId,
    ownedSince: null,
    lastFollowUpAt: null,
    won: false,
    locked: false,
  });
  for (let i = 0; i < won + lost; i += 1) {
    await stores.opportunities.insert(w.ws.id, {
      name: `历史商机${i}`,
      accountId: account.id,
      ownerRepId: repId,
      productId: null,
      amount: 100_000,
      stage: i < won ? 'won' : 'lost',
      probability: i < won ? 100 : 0,
      expectedClose: null,
      wonAt: i < won ? new Date('2026-01-10T00:00:00Z') : null,
      lostAt: i < won ? null : new Date('2026-01-10T00:00:00Z'),
    });
  }
}

const optimize = (payload: Record<string, unknown>) =>
  admin({ method: 'POST', url: '/api/v1/assignments/optimize', payload });

let manufacturing: { id: string };
let retail: { id: string };

beforeAll(async () => {
  t = await startTestApp();
  w = await anOrganisation(t.deps.stores);
  admin = as(t.app, await signIn(t.app, w.users.admin.email));
  // 张伟 wins most manufacturing deals, 王芳 most retail ones; both in 上海一组.
  await history(w.reps.sh1.id, '制造', 9, 1);
  await history(w.reps.sh2.id, '制造', 1, 9);
  await history(w.reps.sh1.id, '零售', 2, 8);
  await history(w.reps.sh2.id, '零售', 8, 2);
  await t.deps.stores.reps.update(w.ws.id, w.reps.sh1.id, { capPerDay: 1 });
  await admin({
    method: 'PUT',
    url: '/api/v1/routing/policy/draft',
    payload: { rules: [{ id: 'sh', to: { teams: [w.teams.sh.id] }, method: 'round_robin' }] },
  });
  await admin({ method: 'POST', url: '/api/v1/routing/policy/publish' });
  // Both leads would rather have 张伟, who may take one more today.
  manufacturing = await aLead(t.deps.stores, w.ws.id, {
    name: '制造商',
    industry: '制造',
    score: 90,
    status: 'new',
  });
  retail = await aLead(t.deps.stores, w.ws.id, {
    name: '零售商',
    industry: '零售',
    score: 80,
    status: 'new',
  });
});
afterAll(() => t.close());

const counts = async () =>
  (
    (await t.database.db.execute(
      sql`select (select count(*) from assignments)::int as log, (select count(*) from leads where owner_rep_id is null and status = 'new')::int as unassigned`,
    )) as unknown as { rows: Record<string, number>[] }
  ).rows[0];

describe('batch assignment by expected value', () => {
  it('plans the best assignment within caps and eligibility, against greedy, writing nothing', async () => {
    const before = await counts();
    const res = await optimize({ leadIds: [manufacturing.id, retail.id] });
    expect(res.statusCode).toBe(200);
    const plan = res.json();
    const byLead = new Map(plan.items.map((i: { leadId: string }) => [i.leadId, i]));
    expect(byLead.get(manufacturing.id)).toMatchObject({ repId: w.reps.sh1.id, leadValue: 90 });
    expect(byLead.get(retail.id)).toMatchObject({ repId: w.reps.sh2.id, leadValue: 80 });
    // team 制造 (10 + 1) / (20 + 2) = 0.5; 张伟 (9 + 5 · 0.5) / 15
    expect((byLead.get(manufacturing.id) as { winRate: number }).winRate).toBeCloseTo(
      11.5 / 15,
      10,
    );
    expect(plan.total).toBeCloseTo(90 * (11.5 / 15) + 80 * (10.5 / 15), 8);
    expect(plan.total).toBeGreaterThanOrEqual(plan.greedyTotal - 1e-9);
    expect(plan).toMatchObject({ applied: false, leads: 2, assigned: 2, feasible: true });
    expect(plan.reps.find((r: { repId: string }) => r.repId === w.reps.sh1.id)).toMatchObject({
      capacity: 1,
      assigned: 1,
    });
    expect((byLead.get(manufacturing.id) as { text: string }).text).toBe(
      '批量最优分配给 张伟：期望价值 69.00（线索价值 90 × 赢单率 76.7%）；本批 2 条线索总期望价值 125.00，逐条贪心为 125.00。其他候选：王芳 可分配。',
    );
    expect(await counts()).toEqual(before);
  });

  it('applies the plan in one transaction: owners, routing log with why, and the lead page explains it', async () => {
    const res = await optimize({ leadIds: [manufacturing.id, retail.id], apply: true });
    expect(res.json()).toMatchObject({ applied: true, assigned: 2 });
    const lead = (await admin({ method: 'GET', url: `/api/v1/leads/${retail.id}` })).json();
    expect(lead).toMatchObject({ ownerRepId: w.reps.sh2.id, status: 'assigned' });
    const why = (await admin({ method: 'GET', url: `/api/v1/leads/${retail.id}/routing` })).json();
    expect(why.items[0]).toMatchObject({ outcome: 'assigned', method: 'optimal' });
    expect(why.items[0].text).toMatch(/王芳/);
    const again = await optimize({ leadIds: [retail.id] });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.details.issues).toMatchObject([
      { path: 'leadIds[0]', code: 'lead_not_unassigned' },
    ]);
  });

  it('a fairness floor makes room for every eligible rep', async () => {
    const leads = [];
    for (let i = 0; i < 4; i += 1) {
      leads.push(
        (
          await aLead(t.deps.stores, w.ws.id, {
            name: `零售${i}`,
            industry: '零售',
            score: 60,
            status: 'new',
          })
        ).id,
      );
    }
    // 张伟 is full today; 王芳 wins retail — without a floor she gets all four.
    await t.deps.stores.reps.update(w.ws.id, w.reps.sh1.id, { capPerDay: null });
    const free = (await optimize({ leadIds: leads })).json();
    expect(free.items.every((i: { repId: string }) => i.repId === w.reps.sh2.id)).toBe(true);
    const fair = (await optimize({ leadIds: leads, slack: 0 })).json();
    const sh1 = fair.reps.find((r: { repId: string }) => r.repId === w.reps.sh1.id);
    expect(sh1).toMatchObject({ floor: 2, assigned: 2, shortfall: 0 });
    expect(fair.total).toBeLessThan(free.total);
  });

  it('is for managers; without a published policy there is nothing to plan by', async () => {
    const rep = as(t.app, await signIn(t.app, w.users.sh1.email));
    const refused = await rep({ method: 'POST', url: '/api/v1/assignments/optimize', payload: {} });
    expect(refused.statusCode).toBe(403);
    // Another workspace, which has published no policy.
    const otherAdmin = as(t.app, await signIn(t.app, w.other.admin.email));
    const unpublished = await otherAdmin({
      method: 'POST',
      url: '/api/v1/assignments/optimize',
      payload: {},
    });
    expect(unpublished.statusCode).toBe(409);
    expect(unpublished.json().error.code).toBe('routing.not_published');
    const unknown = await optimize({ leadIds: [w.other.leadId], valueBy: 'amount' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.issues).toMatchObject([
      { path: 'leadIds[0]', code: 'unknown_reference' },
    ]);
  });
});
