import {
  type BatchLead,
  batchProblem,
  unassignedReason,
} from '../../domain/assignment/batch-plan.ts';
import { greedy } from '../../domain/assignment/greedy.ts';
import { optimize } from '../../domain/assignment/optimize.ts';
import { winRates } from '../../domain/assignment/win-rates.ts';
import type { LeadRecord } from '../../domain/records/types.ts';
import { type PolicyDocument, policyFromDocument } from '../../domain/routing/policy-document.ts';
import { routingWindows } from '../../domain/routing/routing-windows.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import type { Stores } from '../ports.ts';
import { storedLeadFields } from '../routing/stored-lead-fields.ts';

export type ValueBy = 'score' | 'amount';

/** Score when scored (50 otherwise), or the estimated amount in `custom.estimatedAmount`. */
function leadValue(lead: LeadRecord, by: ValueBy): number {
  if (by === 'score') return lead.score ?? 50;
  const amount = Number(lead.custom.estimatedAmount);
  return Number.isFinite(amount) && amount > 0 ? amount : 0;
}

/**
 * The best assignment of these leads under the published policy, and the greedy one beside it
 * (leads by their best value, each to its best rep with room), from the reps' load now.
 */
export async function planBatch(
  stores: Stores,
  actor: Actor,
  leads: readonly LeadRecord[],
  options: { slack: number | null; valueBy: ValueBy; now: Date },
) {
  const workspaceId = actor.workspace.id;
  const published = (await stores.routingPolicies.current(workspaceId)).published;
  if (published === null) {
    throw new AppError('routing.not_published', 'publish a routing policy first');
  }
  const policy = policyFromDocument(published.document as PolicyDocument);
  const tz = actor.workspace.timezone;
  const at = options.now;
  const reps = await stores.routing.reps(workspaceId, routingWindows(at, tz, policy.countWindow));
  const teams = await stores.teams.all(workspaceId);
  const batch: BatchLead[] = leads.map((lead) => ({
    id: lead.id,
    fields: storedLeadFields(lead),
    value: leadValue(lead, options.valueBy),
  }));
  const { problem, rates } = batchProblem({
    leads: batch,
    reps,
    teams,
    policy,
    now: at,
    timeZone: tz,
    winRate: winRates(await stores.routing.closedStats(workspaceId)),
    slack: options.slack,
  });
  const best = optimize(problem);
  const baseline = greedy(problem);
  const chosen = (j: number) => {
    const rep = best.assignment[j]!;
    const k = problem.leads[j]!.options.findIndex((o) => o.rep === rep);
    return k === -1
      ? null
      : { rep, value: problem.leads[j]!.options[k]!.value, rate: rates[j]![k]! };
  };
  return {
    policyVersion: published.version,
    reps,
    problem,
    best,
    baseline,
    items: batch.map((lead, j) => ({
      lead: leads[j]!,
      leadValue: lead.value,
      choice: chosen(j),
      reason: unassignedReason(problem, best, j),
      candidates: problem.leads[j]!.options.map((o) => reps[o.rep]!.id),
    })),
  };
}
