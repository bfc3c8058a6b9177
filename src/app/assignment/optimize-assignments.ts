import type { LeadRecord } from '../../domain/records/types.ts';
import type { RoutingDecision } from '../../domain/routing/decision.ts';
import { renderExplanation } from '../../domain/routing/render-explanation.ts';
import type { Locale } from '../../domain/shared/vocabulary.ts';
import { type Actor, requireManager } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { AppError, Issues } from '../errors.ts';
import type { AppDeps, Stores } from '../ports.ts';
import { outcomeValues, recordDecision } from '../routing/record-decision.ts';
import { planBatch, type ValueBy } from './plan-batch.ts';

/** One batch assigns at most this many leads. */
export const BATCH_LIMIT = 20_000;

export type OptimizeInput = {
  /** The leads to assign; absent = every unassigned (new or held) lead, oldest first. */
  leadIds?: readonly string[] | undefined;
  /** Fairness floor: each eligible rep gets at least ⌊share · n⌋ − slack; absent = no floor. */
  slack?: number | undefined;
  valueBy?: ValueBy | undefined;
  /** Write the assignments (one transaction); otherwise a dry run. */
  apply?: boolean | undefined;
  locale?: Locale | undefined;
};

async function leadsOf(stores: Stores, workspaceId: string, ids: readonly string[] | undefined) {
  if (ids === undefined) return stores.routing.unassigned(workspaceId, BATCH_LIMIT);
  const found = await stores.leads.list({
    workspaceId,
    filters: { ids: [...ids] },
    sort: { field: 'createdAt', desc: false },
    limit: ids.length,
    visible: 'all',
  });
  const byId = new Map(found.rows.map((l) => [l.id, l]));
  const issues = new Issues();
  ids.forEach((id, i) => {
    const lead = byId.get(id);
    if (!lead) issues.add(`leadIds[${i}]`, 'no such lead', 'unknown_reference');
    else if (lead.ownerRepId !== null || !['new', 'held'].includes(lead.status)) {
      issues.add(
        `leadIds[${i}]`,
        `lead ${lead.name} already has an owner or is closed`,
        'lead_not_unassigned',
      );
    }
  });
  issues.throwIfAny();
  return ids.map((id) => byId.get(id)!);
}

/**
 * Assigns a batch of unassigned leads to maximise their total expected value (lead value × the
 * rep's win rate in the lead's segment) within the routing rules' eligibility, every cap and an
 * optional fairness floor — provably optimal — and shows it against the greedy baseline. A dry
 * run unless `apply`: then every assignment is written in one transaction with its explanation.
 */
export async function optimizeAssignments(
  deps: Pick<AppDeps, 'stores' | 'transact' | 'clock'>,
  actor: Actor,
  input: OptimizeInput,
) {
  requireManager(actor, 'batch assignment');
  const issues = new Issues();
  if (input.leadIds !== undefined && input.leadIds.length > BATCH_LIMIT) {
    issues.add('leadIds', `at most ${BATCH_LIMIT} leads at once`, undefined, { max: BATCH_LIMIT });
  }
  issues.throwIfAny();
  const now = deps.clock.now();
  const workspaceId = actor.workspace.id;
  const options = { slack: input.slack ?? null, valueBy: input.valueBy ?? 'score', now } as const;
  const leads = await leadsOf(deps.stores, workspaceId, input.leadIds);
  const plan = await planBatch(deps.stores, actor, leads, options);
  const names = await deps.stores.reps.names(
    workspaceId,
    plan.reps.map((r) => r.id),
  );
  const batch = { leads: leads.length, total: plan.best.total, greedyTotal: plan.baseline.total };
  const decisionOf = (item: (typeof plan.items)[number]): RoutingDecision | null => {
    if (item.choice === null) return null;
    const repId = plan.reps[item.choice.rep]!.id;
    return {
      version: 1,
      outcome: 'assigned',
      repId,
      ruleId: null,
      method: 'optimal',
      optimal: {
        value: item.choice.value,
        leadValue: item.leadValue,
        winRate: item.choice.rate,
        batch,
      },
      candidates: item.candidates.map((id) => ({
        repId: id,
        status: id === repId ? 'chosen' : 'eligible',
      })),
      rules: [],
      warnings: [],
    };
  };
  const locale = input.locale ?? actor.user.locale;
  const rep = (id: string) => names.get(id) ?? id;
  const items = plan.items.map((item) => {
    const decision = decisionOf(item);
    return {
      leadId: item.lead.id,
      leadName: item.lead.name,
      repId: decision?.outcome === 'assigned' ? decision.repId : null,
      leadValue: item.leadValue,
      winRate: item.choice?.rate ?? null,
      value: item.choice?.value ?? 0,
      reason: item.reason,
      text: decision ? renderExplanation(decision, locale, { rep }) : null,
      decision,
    };
  });
  if (input.apply) {
    await applyPlan(deps, actor, { items, policyVersion: plan.policyVersion, now });
  }
  return {
    applied: input.apply === true,
    leads: leads.length,
    assigned: items.filter((i) => i.repId !== null).length,
    total: plan.best.total,
    greedyTotal: plan.baseline.total,
    feasible: plan.best.feasible,
    items: items.map(({ decision: _d, ...item }) => item),
    reps: plan.reps
      .map((r, i) => ({
        repId: r.id,
        name: rep(r.id),
        capacity: plan.problem.reps[i]!.cap,
        floor: plan.problem.reps[i]!.floor ?? 0,
        assigned: plan.best.loads[i]!,
        shortfall: plan.best.shortfall[i]!,
      }))
      .filter((r) => r.capacity > 0 || r.assigned > 0 || r.floor > 0),
  };
}

/** Writes every planned assignment in one transaction; a lead that changed meanwhile stops it all. */
async function applyPlan(
  deps: Pick<AppDeps, 'transact'>,
  actor: Actor,
  plan: {
    items: { leadId: string; leadName: string; decision: RoutingDecision | null }[];
    policyVersion: number;
    now: Date;
  },
) {
  const workspaceId = actor.workspace.id;
  await deps.transact(async (stores) => {
    await stores.routing.lock(workspaceId);
    for (const item of plan.items) {
      if (item.decision === null) continue;
      const before = await stores.leads.get(workspaceId, item.leadId);
      if (
        before === null ||
        before.ownerRepId !== null ||
        !['new', 'held'].includes(before.status)
      ) {
        throw new AppError(
          'assignment.changed',
          `lead ${item.leadName} was assigned or closed meanwhile; plan again`,
        );
      }
      const after: LeadRecord = await stores.leads.update(
        workspaceId,
        item.leadId,
        outcomeValues(item.decision, plan.now),
      );
      await recordDecision(stores, actor, {
        leadId: item.leadId,
        leadName: item.leadName,
        decision: item.decision,
        policyVersion: plan.policyVersion,
        at: plan.now,
        retry: false,
      });
      await writeAudit(stores, actor, {
        action: 'owner_change',
        entity: 'lead',
        entityId: item.leadId,
        before,
        after,
        at: plan.now,
      });
    }
  });
}
