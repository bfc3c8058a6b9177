/**
 * Moves a plan along its workflow: managers submit a draft (or take a submitted plan back to
 * draft), managers and administrators approve, administrators publish. A published plan is
 * read-only. Each move is a new version with the same numbers, audited.
 */
import {
  PLAN_TRANSITIONS,
  type PlanRecord,
  type PlanTransition,
} from '../../domain/planning/stored-plan.ts';
import type { AuditAction } from '../../domain/shared/vocabulary.ts';
import { type Actor, actorUserId, requireAdmin, requireManager } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { currentVersion, loadPlan, saveVersion } from './plan-state.ts';

const AUDIT_ACTION: Record<PlanTransition, AuditAction> = {
  submit: 'submit',
  approve: 'approve',
  publish: 'publish',
  reopen: 'update',
};

const CHANGE: Record<PlanTransition, string> = {
  submit: 'submitted',
  approve: 'approved',
  publish: 'published',
  reopen: 'reopened',
};

export async function movePlan(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  id: string,
  transition: PlanTransition,
): Promise<PlanRecord> {
  if (transition === 'publish') requireAdmin(actor);
  else requireManager(actor, 'plan drafts');
  const at = deps.clock.now();
  const move = PLAN_TRANSITIONS[transition];
  return deps.transact(async (stores) => {
    const plan = await loadPlan(stores, actor, id, true);
    if (plan.status === 'published')
      throw new AppError('plan.locked', 'a published plan is read-only', { status: plan.status });
    if (plan.status !== move.from)
      throw new AppError(
        'plan.wrong_status',
        `only a ${move.from} plan can be ${CHANGE[transition]}; this one is ${plan.status}`,
        { status: plan.status, required: move.from },
      );
    const { input, result } = await currentVersion(stores, actor, plan);
    const updated = await saveVersion(
      stores,
      actor,
      plan,
      CHANGE[transition],
      { input, result, status: move.to },
      transition === 'publish' ? { publishedAt: at, publishedBy: actorUserId(actor) } : {},
      at,
    );
    await writeAudit(stores, actor, {
      action: AUDIT_ACTION[transition],
      entity: 'plan',
      entityId: plan.id,
      before: { status: plan.status, version: plan.version },
      after: { status: updated.status, version: updated.version },
      at,
    });
    return updated;
  });
}
