/**
 * A what-if: the targets a plan would give the reps the manager may see, built from stored
 * data with the chosen period, metrics, methods and adjustments. Nothing is written.
 */
import type { PlanInput } from '../../domain/planning/plan-input.ts';
import type { PlanResult } from '../../domain/planning/plan-result.ts';
import { type Actor, requireManager, visibleRepsOf } from '../actor.ts';
import { Issues } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { buildPlanInput } from './build-plan-input.ts';
import { type PlanChoice, resolvePlanChoice } from './plan-definition.ts';
import { computeOrThrow } from './plan-view.ts';

export type PlanAdjustmentChoice = {
  readonly repId: string;
  /** Metric id or key. */
  readonly metric: string;
  readonly value: number;
  readonly comment: string;
};

export async function previewPlan(
  deps: Pick<AppDeps, 'transact'>,
  actor: Actor,
  choice: PlanChoice & { readonly adjustments?: readonly PlanAdjustmentChoice[] | undefined },
): Promise<{ input: PlanInput; result: PlanResult }> {
  requireManager(actor, 'plan calculations');
  return deps.transact(async (stores) => {
    const plan = await resolvePlanChoice(stores, actor.workspace, choice);
    const visible = await visibleRepsOf(stores, actor);
    const issues = new Issues();
    const adjustments = (choice.adjustments ?? []).map((a, i) => {
      const metric = plan.metrics.find(
        (m) => m.metric.id === a.metric || m.metric.key === a.metric,
      );
      if (!metric)
        issues.add(
          `adjustments.${i}.metric`,
          `${a.metric} is not a metric of the plan`,
          'unknown_reference',
          {
            id: a.metric,
          },
        );
      if (visible !== 'all' && !visible.has(a.repId))
        issues.add(
          `adjustments.${i}.repId`,
          `unknown rep ${a.repId} or outside your data scope`,
          'outside_scope',
          { id: a.repId },
        );
      return {
        repId: a.repId,
        metricId: metric?.metric.id ?? '',
        value: a.value,
        comment: a.comment,
      };
    });
    issues.throwIfAny();
    const input = await buildPlanInput(stores, actor.workspace, plan, adjustments, visible);
    return { input, result: computeOrThrow(input, actor.user.locale, plan.allocation) };
  });
}
