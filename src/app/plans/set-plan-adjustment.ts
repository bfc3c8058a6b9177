/**
 * A manager fixes (or frees again) one rep's target for one metric of a draft, with a required
 * comment, within their data scope. The draft is computed again from its current input with
 * the new adjustments, so the other reps share what is left; adjustments survive
 * recalculation until removed. A new version, audited before → after.
 */
import type { PlanRecord } from '../../domain/planning/stored-plan.ts';
import { type Actor, actorUserId, requireManager, visibleRepsOf } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { Issues } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { currentVersion, loadPlan, requireDraft, saveVersion } from './plan-state.ts';
import { computeOrThrow } from './plan-view.ts';

export type AdjustmentChange = {
  readonly repId: string;
  /** Metric id or key. */
  readonly metric: string;
  /** The rep's fixed target (amounts in minor units); null removes the adjustment. */
  readonly value: number | null;
  readonly comment: string;
};

export async function setPlanAdjustment(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  id: string,
  change: AdjustmentChange,
): Promise<PlanRecord> {
  requireManager(actor, 'plan drafts');
  const at = deps.clock.now();
  return deps.transact(async (stores) => {
    const plan = await loadPlan(stores, actor, id, true);
    requireDraft(plan);
    const ws = actor.workspace.id;
    const visible = await visibleRepsOf(stores, actor);
    const catalogue = await stores.metrics.list(ws);
    const planMetricIds = new Set((await stores.plans.metrics(ws, plan.id)).map((m) => m.metricId));
    const metric = catalogue.find(
      (m) => planMetricIds.has(m.id) && (m.id === change.metric || m.key === change.metric),
    );
    const current = await currentVersion(stores, actor, plan);
    const issues = new Issues();
    const inPlan = current.input.units.some((u) => u.id === change.repId);
    if (!inPlan || (visible !== 'all' && !visible.has(change.repId)))
      issues.add(
        'repId',
        `unknown rep ${change.repId} or outside your data scope`,
        'outside_scope',
        {
          id: change.repId,
        },
      );
    if (!metric)
      issues.add('metric', `${change.metric} is not a metric of the plan`, 'unknown_reference', {
        id: change.metric,
      });
    issues.throwIfAny();

    const before = (await stores.plans.adjustments(ws, plan.id)).find(
      (a) => a.repId === change.repId && a.metricId === metric!.id,
    );
    if (change.value === null) {
      await stores.plans.removeAdjustment(ws, plan.id, change.repId, metric!.id);
    } else {
      await stores.plans.setAdjustment(ws, plan.id, {
        repId: change.repId,
        metricId: metric!.id,
        value: change.value,
        comment: change.comment,
        byUserId: actorUserId(actor),
        at,
      });
    }
    const keyOf = new Map(catalogue.map((m) => [m.id, m.key]));
    const adjustments = (await stores.plans.adjustments(ws, plan.id)).map((a) => ({
      unit: a.repId,
      metric: keyOf.get(a.metricId)!,
      value: a.value,
      comment: a.comment,
    }));
    const input = { ...current.input, adjustments };
    const result = computeOrThrow(input, actor.workspace.locale, plan.allocation);
    const updated = await saveVersion(
      stores,
      actor,
      plan,
      change.value === null ? 'adjustment_removed' : 'adjusted',
      {
        input,
        result,
        detail: {
          repId: change.repId,
          metric: metric!.key,
          value: change.value,
          comment: change.comment,
        },
      },
      {},
      at,
    );
    await writeAudit(stores, actor, {
      action: 'adjust',
      entity: 'plan',
      entityId: plan.id,
      before: before
        ? { repId: before.repId, metric: metric!.key, value: before.value, comment: before.comment }
        : null,
      after: {
        repId: change.repId,
        metric: metric!.key,
        value: change.value,
        comment: change.comment,
        version: updated.version,
      },
      at,
    });
    return updated;
  });
}
