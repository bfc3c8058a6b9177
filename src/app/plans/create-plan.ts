/**
 * Starts a plan as a draft: the company's targets per metric for a year, quarter or month,
 * computed over every active rep from stored data; version 1, audited.
 */
import type { PlanRecord } from '../../domain/planning/stored-plan.ts';
import { type Actor, actorUserId, requireManager } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import type { AppDeps } from '../ports.ts';
import { buildPlanInput } from './build-plan-input.ts';
import { type PlanChoice, resolvePlanChoice } from './plan-definition.ts';
import { computeOrThrow } from './plan-view.ts';

export async function createPlan(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  choice: PlanChoice & { readonly name: string },
): Promise<PlanRecord> {
  requireManager(actor, 'plan drafts');
  const at = deps.clock.now();
  return deps.transact(async (stores) => {
    const plan = await resolvePlanChoice(stores, actor.workspace, choice);
    const input = await buildPlanInput(stores, actor.workspace, plan, [], 'all');
    const result = computeOrThrow(input, actor.workspace.locale, plan.allocation);
    const by = actorUserId(actor);
    const created = await stores.plans.insert(
      actor.workspace.id,
      {
        name: choice.name,
        periodKind: plan.periodKind,
        periodStart: plan.periodStart,
        periodEnd: plan.periodEnd,
        split: plan.split,
        seasonality: plan.seasonality,
        allocation: plan.allocation,
        method: plan.method,
        levelMethods: plan.levelMethods,
        potentialFactors: plan.potentialFactors,
        status: 'draft',
        version: 1,
        createdBy: by,
        updatedBy: by,
        createdAt: at,
        updatedAt: at,
        publishedAt: null,
        publishedBy: null,
      },
      plan.metrics.map((m, position) => ({
        metricId: m.metric.id,
        position,
        target: m.target,
        method: m.method,
        historyBase: m.historyBase,
        teamTargets: m.teamTargets,
      })),
    );
    await stores.plans.appendVersion(actor.workspace.id, {
      planId: created.id,
      version: 1,
      status: 'draft',
      change: 'created',
      detail: null,
      input,
      result,
      createdBy: by,
      createdAt: at,
    });
    await writeAudit(stores, actor, {
      action: 'create',
      entity: 'plan',
      entityId: created.id,
      after: {
        name: created.name,
        period: { start: plan.periodStart, end: plan.periodEnd },
        metrics: plan.metrics.map((m) => ({ metric: m.metric.key, target: m.target })),
      },
      at,
    });
    return created;
  });
}
