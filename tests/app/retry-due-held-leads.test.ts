import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/app/actor.ts';
import { intakeLead } from '../../src/app/routing/intake-lead.ts';
import { publishRoutingPolicy } from '../../src/app/routing/publish-routing-policy.ts';
import { retryDueHeldLeads } from '../../src/app/routing/retry-due-held-leads.ts';
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

describe('retryDueHeldLeads', () => {
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
    expect(await retryDueHeldLeads(deps, [ws.id])).toBe(0);
    await deps.stores.reps.update(ws.id, rep.id, { active: true });
    clock.advance(60_000);
    // A new process would see the same due time: it comes from the routing log.
    const restarted = depsFor(database, 24, clock);
    expect(await retryDueHeldLeads(restarted, [ws.id])).toBe(1);
    const lead = await deps.stores.leads.get(ws.id, taken.lead.id);
    expect(lead).toMatchObject({ status: 'assigned', ownerRepId: rep.id });
    const history = await deps.stores.routing.history(ws.id, taken.lead.id);
    expect(history.map((h) => [h.outcome, h.retry])).toEqual([
      ['assigned', true],
      ['held', false],
    ]);
  });
});
