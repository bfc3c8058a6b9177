/**
 * Rebuilds a draft's input from the data as it is now (reps, actuals, territories, pipeline)
 * and computes it again; managers' adjustments are kept. A new version, audited.
 */
import type { PlanRecord } from '../../domain/planning/stored-plan.ts';
import { type Actor, requireManager } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import type { AppDeps } from '../ports.ts';
import { buildPlanInput } from './build-plan-input.ts';
import { loadPlan, requireDraft, resolvedOf, saveVersion } from './plan-state.ts';
import { computeOrThrow } from './plan-view.ts';

export async function recalculatePlan(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  id: string,
): Promise<PlanRecord> {
  requireManager(actor, 'plan drafts');
  const at = deps.clock.now();
  return deps.transact(async (stores) => {
    const plan = await loadPlan(stores, actor, id, true);
    requireDraft(plan);
    const resolved = await resolvedOf(stores, actor.workspace, plan);
    const adjustments = await stores.plans.adjustments(actor.workspace.id, plan.id);
    const input = await buildPlanInput(stores, actor.workspace, resolved, adjustments, 'all');
    const result = computeOrThrow(input, actor.workspace.locale, plan.allocation);
    const updated = await saveVersion(
      stores,
      actor,
      plan,
      'recalculated',
      { input, result },
      {},
      at,
    );
    await writeAudit(stores, actor, {
      action: 'recalculate',
      entity: 'plan',
      entityId: plan.id,
      before: { version: plan.version },
      after: { version: updated.version },
      at,
    });
    return updated;
  });
}
