/**
 * An effective-dated revision of a published plan (quota relief): from a date, a rep's
 * remaining target for a metric moves to colleagues (a rep leaves or joins, accounts move) or
 * is taken off the company total (leave). The numbers before the date stay as published; the
 * plan stays published with a new version, audited. Managers revise within their data scope.
 */
import type { PlanUnit } from '../../domain/planning/plan-input.ts';
import { revisePlan as reviseTargets } from '../../domain/planning/revise-plan.ts';
import type { PlanRecord } from '../../domain/planning/stored-plan.ts';
import { type Actor, requireManager, visibleRepsOf } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { AppError, Issues, validationError } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { currentVersion, loadPlan, saveVersion } from './plan-state.ts';

export type PlanRevisionInput = {
  /** First business day the change applies to, within the plan period. */
  readonly effectiveFrom: string;
  /** Metric id or key. */
  readonly metric: string;
  readonly fromRepId: string;
  readonly toRepIds: readonly string[];
  /** How much moves (amounts in minor units); absent = everything left from the date. */
  readonly amount?: number | undefined;
  /** Keep the company total (default), or take the amount off it. */
  readonly keepTotal?: boolean | undefined;
  readonly comment: string;
};

const REQUEST_PATH: Record<string, string> = { from: 'fromRepId', to: 'toRepIds' };
const requestPath = (path: string) =>
  path.replace(/^(from|to)\b(\[(\d+)\])?/, (_, field: string, _i, index?: string) =>
    index === undefined ? REQUEST_PATH[field]! : `${REQUEST_PATH[field]}.${index}`,
  );

export async function revisePlan(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  id: string,
  revision: PlanRevisionInput,
): Promise<PlanRecord> {
  requireManager(actor, 'plan revisions');
  const at = deps.clock.now();
  return deps.transact(async (stores) => {
    const plan = await loadPlan(stores, actor, id, true);
    if (plan.status !== 'published')
      throw new AppError('plan.wrong_status', 'only a published plan is revised; edit the draft', {
        status: plan.status,
        required: 'published',
      });
    const ws = actor.workspace.id;
    const current = await currentVersion(stores, actor, plan);
    const visible = await visibleRepsOf(stores, actor);
    const issues = new Issues();
    const reps = [revision.fromRepId, ...revision.toRepIds];
    reps.forEach((repId, i) => {
      if (visible !== 'all' && !visible.has(repId))
        issues.add(
          i === 0 ? 'fromRepId' : `toRepIds.${i - 1}`,
          `unknown rep ${repId} or outside your data scope`,
          'outside_scope',
          { id: repId },
        );
    });
    const catalogue = await stores.metrics.list(ws);
    const metric = catalogue.find(
      (m) =>
        (m.id === revision.metric || m.key === revision.metric) &&
        current.input.metrics.some((pm) => pm.id === m.key),
    );
    if (!metric)
      issues.add('metric', `${revision.metric} is not a metric of the plan`, 'unknown_reference', {
        id: revision.metric,
      });
    const inPlan = new Set(current.input.units.map((u) => u.id));
    const active = new Map((await stores.plans.activeReps(ws)).map((r) => [r.id, r]));
    const joining: PlanUnit[] = [];
    revision.toRepIds.forEach((repId, i) => {
      if (inPlan.has(repId)) return;
      const rep = active.get(repId);
      if (!rep)
        issues.add(`toRepIds.${i}`, `no active rep ${repId}`, 'unknown_reference', { id: repId });
      else joining.push({ id: rep.id, name: rep.name, team: rep.teamId, hiredOn: rep.hiredOn });
    });
    issues.throwIfAny();

    const keepTotal = revision.keepTotal ?? true;
    const outcome = reviseTargets(
      current.input,
      current.result,
      {
        effectiveFrom: revision.effectiveFrom,
        metric: metric!.key,
        from: revision.fromRepId,
        to: revision.toRepIds,
        amount: revision.amount,
        keepTotal,
        comment: revision.comment,
      },
      joining,
      actor.workspace.locale,
    );
    if (!outcome.ok)
      throw validationError(
        outcome.problems.map((p) => ({
          path: requestPath(p.path),
          message: p.message,
          code: 'plan_problem' as const,
        })),
      );
    const detail = {
      effectiveFrom: revision.effectiveFrom,
      metric: metric!.key,
      fromRepId: revision.fromRepId,
      toRepIds: revision.toRepIds,
      keepTotal,
      comment: revision.comment,
      moved: outcome.moved,
    };
    const updated = await saveVersion(
      stores,
      actor,
      plan,
      'revised',
      { input: outcome.input, result: outcome.result, detail },
      {},
      at,
    );
    await writeAudit(stores, actor, {
      action: 'revise',
      entity: 'plan',
      entityId: plan.id,
      before: { version: plan.version },
      after: { version: updated.version, ...detail },
      at,
    });
    return updated;
  });
}
