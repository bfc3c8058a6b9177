/** Every version of a plan, newest first: who made it, when, what changed, its status. */
import type { Actor } from '../actor.ts';
import type { PlanVersionRecord } from '../plan-ports.ts';
import type { AppDeps } from '../ports.ts';
import { loadPlan } from './plan-state.ts';

export async function listPlanVersions(
  deps: Pick<AppDeps, 'transact'>,
  actor: Actor,
  id: string,
): Promise<Omit<PlanVersionRecord, 'input' | 'result'>[]> {
  return deps.transact(async (stores) => {
    const plan = await loadPlan(stores, actor, id);
    const versions = await stores.plans.versions(actor.workspace.id, plan.id);
    return actor.user.role === 'rep' ? versions.filter((v) => v.status === 'published') : versions;
  });
}
