import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/app/actor.ts';
import { explainLeadRouting } from '../../src/app/routing/explain-lead-routing.ts';
import { intakeLead } from '../../src/app/routing/intake-lead.ts';
import { publishRoutingPolicy } from '../../src/app/routing/publish-routing-policy.ts';
import { runDueRoutingWork } from '../../src/app/routing/run-due-routing-work.ts';
import { saveRoutingDraft } from '../../src/app/routing/save-routing-draft.ts';
import type { Database } from '../../src/infra/db/open-database.ts';
import { depsFor } from '../../src/main/build-deps.ts';
import { aRep, aWorkspace } from '../factories.ts';
import { fixedClock } from '../helpers/fixed-clock.ts';
import { freshDatabase } from '../helpers/test-db.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

describe('runDueRoutingWork', () => {
  it('routes held leads again once holdRetryMinutes have passed, from what the database remembers', async () => {
    const clock = fixedClock('2026-03-02T01:00:00Z'); // 09:00 in Shanghai
    const deps = depsFor(database, 24, clock);
    const ws = await aWorkspace(deps.stores);
    const rep = await aRep(deps.stores, ws.id, { active: false });
    const actor = systemActor(ws, 'test');
    await saveRoutingDraft(deps, actor, {
      holdRetryMinutes: 30,
      rules: [{ id: 'R1', to: { reps: [rep.id] }, method: 'round_robin' }],
    });
    await publishRoutingPolicy(deps, actor);
    const taken = await intakeLead(deps, actor, { name: '等待的线索' });
    expect(taken.lead.status).toBe('held');

    clock.advance(29 * 60_000);
    expect(await runDueRoutingWork(deps, [ws.id])).toBe(0);
    await deps.stores.reps.update(ws.id, rep.id, { active: true });
    clock.advance(60_000);
    // A new process would see the same due time: it comes from the routing log.
    const restarted = depsFor(database, 24, clock);
    expect(await runDueRoutingWork(restarted, [ws.id])).toBe(1);
    const lead = await deps.stores.leads.get(ws.id, taken.lead.id);
    expect(lead).toMatchObject({ status: 'assigned', ownerRepId: rep.id });
    const history = await deps.stores.routing.history(ws.id, taken.lead.id);
    expect(history.map((h) => [h.outcome, h.retry])).toEqual([
      ['assigned', true],
      ['held', false],
    ]);
  });
});

describe('SLA expiry in the running product', () => {
  it('takes an untouched lead from its owner after the first-touch deadline and says why', async () => {
    const clock = fixedClock('2026-03-02T01:00:00Z');
    const deps = depsFor(database, 24, clock);
    const ws = await aWorkspace(deps.stores, 'SLA 公司');
    const first = await aRep(deps.stores, ws.id, { name: '慢慢' });
    const second = await aRep(deps.stores, ws.id, { name: '快快' });
    const actor = systemActor(ws, 'test');
    await saveRoutingDraft(deps, actor, {
      sla: { firstTouchMinutes: 120, action: 'reassign' },
      rules: [{ id: 'R1', to: { reps: [first.id, second.id] }, method: 'round_robin' }],
    });
    await publishRoutingPolicy(deps, actor);
    const taken = await intakeLead(deps, actor, { name: '急单' });
    expect(taken.lead.ownerRepId).toBe(first.id);
    clock.advance(120 * 60_000);
    expect(await runDueRoutingWork(deps, [ws.id])).toBe(1);
    expect(await deps.stores.leads.get(ws.id, taken.lead.id)).toMatchObject({
      ownerRepId: second.id,
      status: 'assigned',
    });
    const steps = await explainLeadRouting(
      deps,
      { ...actor, user: { ...actor.user, locale: 'zh-CN' } },
      taken.lead.id,
    );
    expect(steps.map((s) => s.text)).toEqual([
      '规则 R1 匹配，以轮流方式分配给 快快。其他候选：慢慢 曾超时未跟进此线索。',
      '慢慢 在 120 分钟内未跟进，线索收回并重新分配。',
      '规则 R1 匹配，以轮流方式分配给 慢慢。其他候选：快快 可分配。',
    ]);
  });
});
