/**
 * A batch of unassigned leads as an assignment problem under the routing policy: a lead may go
 * to any rep in the pool of a rule its conditions match (rules in order, stopping at the first
 * matching rule whose overflow does not pass the lead on), who is active and not away; each rep
 * takes at most what its caps and open-lead limit leave; the value of lead j with rep i is the
 * lead's value × the rep's win rate in the lead's segment. With a fairness slack s, every rep
 * eligible for some lead gets at least ⌊share · n⌋ − s leads, share = its weight's part.
 */
import { candidatePool, isAway } from '../routing/candidate-pool.ts';
import { evaluateCondition } from '../routing/conditions.ts';
import type { RoutingPolicy, RoutingRep } from '../routing/policy.ts';
import { weekdayOf } from '../shared/calendar.ts';
import type { TreeNode } from '../shared/tree.ts';
import type { AssignmentProblem, AssignmentResult } from './problem.ts';
import { segmentOf, type WinRates } from './win-rates.ts';

export type BatchLead = {
  readonly id: string;
  readonly fields: Readonly<Record<string, unknown>>;
  /** The lead's value (its score, or its estimated amount). */
  readonly value: number;
};

export type BatchInput = {
  readonly leads: readonly BatchLead[];
  readonly reps: readonly RoutingRep[];
  readonly teams: readonly TreeNode[];
  readonly policy: RoutingPolicy;
  readonly now: Date;
  readonly timeZone: string;
  readonly winRate: WinRates;
  /** Fairness floor slack; null for no floor. */
  readonly slack: number | null;
};

/** Leads the rep may still take in every cap window and under its open-lead limit. */
export function capacityOf(rep: RoutingRep, unbounded: number): number {
  const left = [
    rep.caps.perDay === null ? unbounded : rep.caps.perDay - rep.assigned.day,
    rep.caps.perWeek === null ? unbounded : rep.caps.perWeek - rep.assigned.week,
    rep.caps.perMonth === null ? unbounded : rep.caps.perMonth - rep.assigned.month,
    rep.leadLimit === null ? unbounded : rep.leadLimit - rep.open,
  ];
  return Math.max(0, Math.min(unbounded, ...left));
}

/** Reps (indexes into `reps`) a lead may go to under the policy, in first-seen pool order. */
export function eligibleReps(input: BatchInput, lead: BatchLead): number[] {
  const index = new Map(input.reps.map((r, i) => [r.id, i]));
  const today = weekdayOf(input.now, input.timeZone);
  const out = new Set<number>();
  for (const rule of input.policy.rules) {
    if (rule.activeDays && !rule.activeDays.includes(today)) continue;
    if (!evaluateCondition(rule.when, lead.fields).matched) continue;
    for (const rep of candidatePool(rule.to, input.reps, input.teams, lead.fields)) {
      if (rep.active && !isAway(rep, input.now)) out.add(index.get(rep.id)!);
    }
    if (rule.overflow.kind !== 'next') break;
  }
  return [...out];
}

export type BatchProblem = {
  problem: AssignmentProblem;
  /** Per lead, per option: the win rate used. */
  rates: number[][];
};

export function batchProblem(input: BatchInput): BatchProblem {
  const n = input.leads.length;
  const rates: number[][] = [];
  const leads = input.leads.map((lead) => {
    const segment = segmentOf(lead.fields);
    const options = eligibleReps(input, lead).map((i) => {
      const rep = input.reps[i]!;
      return { rep: i, rate: input.winRate(rep, segment) };
    });
    rates.push(options.map((o) => o.rate));
    return { options: options.map((o) => ({ rep: o.rep, value: lead.value * o.rate })) };
  });
  const eligibleSomewhere = new Set(leads.flatMap((l) => l.options.map((o) => o.rep)));
  const weight = input.reps.reduce((s, r, i) => s + (eligibleSomewhere.has(i) ? r.weight : 0), 0);
  const reps = input.reps.map((rep, i) => {
    const cap = capacityOf(rep, n);
    if (input.slack === null || !eligibleSomewhere.has(i) || weight === 0) return { cap };
    const floor = Math.floor((rep.weight / weight) * n) - input.slack;
    return { cap, floor: Math.max(0, Math.min(cap, floor)) };
  });
  return { problem: { reps, leads }, rates };
}

/** Why a lead was left unassigned: nobody may take it, or everyone who may is full. */
export function unassignedReason(
  problem: AssignmentProblem,
  result: AssignmentResult,
  j: number,
): 'no_eligible_rep' | 'no_capacity' | null {
  if (result.assignment[j] !== -1) return null;
  return problem.leads[j]!.options.length === 0 ? 'no_eligible_rep' : 'no_capacity';
}
