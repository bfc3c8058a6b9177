/**
 * Loading a stored plan for a reader or an editor, and writing a change as a new version: the
 * plan row moves to the next version and the version row keeps the input and result as they
 * stood, so every version stays viewable.
 */
import type { PlanInput } from '../../domain/planning/plan-input.ts';
import type { PlanResult } from '../../domain/planning/plan-result.ts';
import type { PlanRecord } from '../../domain/planning/stored-plan.ts';
import type { WorkspaceRecord } from '../../domain/records/types.ts';
import type { PlanStatus } from '../../domain/shared/vocabulary.ts';
import { type Actor, actorUserId } from '../actor.ts';
import { AppError } from '../errors.ts';
import type { PlanWrite } from '../plan-ports.ts';
import type { Stores } from '../ports.ts';
import type { ResolvedPlan } from './plan-definition.ts';

/**
 * The plan as the actor may see it: reps see published plans only; anything else answers 404
 * `plan.not_found`, exactly like a missing plan.
 */
export async function loadPlan(
  stores: Stores,
  actor: Actor,
  id: string,
  lock = false,
): Promise<PlanRecord> {
  const plan = await stores.plans.get(actor.workspace.id, id, lock);
  if (!plan || (actor.user.role === 'rep' && plan.status !== 'published'))
    throw new AppError('plan.not_found', `no plan ${id}`);
  return plan;
}

/** Only drafts change; a published plan is read-only. */
export function requireDraft(plan: PlanRecord): void {
  if (plan.status === 'published')
    throw new AppError('plan.locked', 'a published plan is read-only', { status: plan.status });
  if (plan.status !== 'draft')
    throw new AppError('plan.wrong_status', `the plan is ${plan.status}, not a draft`, {
      status: plan.status,
      required: 'draft',
    });
}

/** The stored plan with its metrics, as the input builder reads it. */
export async function resolvedOf(
  stores: Stores,
  workspace: WorkspaceRecord,
  plan: PlanRecord,
): Promise<ResolvedPlan> {
  const [rows, catalogue] = [
    await stores.plans.metrics(workspace.id, plan.id),
    await stores.metrics.list(workspace.id),
  ];
  const byId = new Map(catalogue.map((m) => [m.id, m]));
  return {
    periodKind: plan.periodKind,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    split: plan.split,
    seasonality: plan.seasonality,
    allocation: plan.allocation,
    method: plan.method,
    levelMethods: plan.levelMethods,
    potentialFactors: plan.potentialFactors,
    metrics: rows.map((m) => ({
      metric: byId.get(m.metricId)!,
      target: m.target,
      method: m.method,
      historyBase: m.historyBase,
      teamTargets: m.teamTargets,
    })),
  };
}

/** Writes the next version of the plan at `at` (and the plan row's changes with it). */
export async function saveVersion(
  stores: Stores,
  actor: Actor,
  plan: PlanRecord,
  change: string,
  snapshot: { input: PlanInput; result: PlanResult; status?: PlanStatus; detail?: unknown },
  values: Partial<Omit<PlanWrite, 'createdBy' | 'createdAt' | 'version' | 'status'>>,
  at: Date,
): Promise<PlanRecord> {
  const version = plan.version + 1;
  const status = snapshot.status ?? plan.status;
  const updated = await stores.plans.update(actor.workspace.id, plan.id, {
    ...values,
    status,
    version,
    updatedBy: actorUserId(actor),
    updatedAt: at,
  });
  await stores.plans.appendVersion(actor.workspace.id, {
    planId: plan.id,
    version,
    status,
    change,
    detail: snapshot.detail ?? null,
    input: snapshot.input,
    result: snapshot.result,
    createdBy: actorUserId(actor),
    createdAt: at,
  });
  return updated;
}

/** The current version's input and result. */
export async function currentVersion(stores: Stores, actor: Actor, plan: PlanRecord) {
  const row = await stores.plans.version(actor.workspace.id, plan.id, plan.version);
  if (!row) throw new AppError('plan.not_found', `plan ${plan.id} has no version ${plan.version}`);
  return row;
}
