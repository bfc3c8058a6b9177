/**
 * decide(): where one incoming lead goes, and why. Pure and synchronous: the use case loads
 * the context (policy, reps with their current load, matches found by the lead's keys), calls
 * this, and persists the outcome; previews, backtests and the simulator call it in a loop.
 *
 * Order: duplicate of an open lead → owner of a matching account or recently closed lead →
 * rules in order (active day, condition, pool, eligibility, distribution, overflow) → fallback.
 */
import { weekdayOf } from '../shared/calendar.ts';
import type { TreeNode } from '../shared/tree.ts';
import { candidatePool, isAway, rejectionOf } from './candidate-pool.ts';
import { evaluateCondition } from './conditions.ts';
import {
  type CandidateStatus,
  DECISION_VERSION,
  type MatchedRecord,
  type MatchKey,
  type OwnerSkipped,
  type RoutingDecision,
  type RuleAttempt,
} from './decision.ts';
import { distribute } from './distribution.ts';
import type { Destination, RoutingPolicy, RoutingRep, Rule } from './policy.ts';

export type LeadMatches = {
  /** The earliest open lead sharing the e-mail, phone or company key (in that key order). */
  readonly duplicateOf?: {
    readonly leadId: string;
    readonly ownerRepId: string | null;
    readonly matchedBy: MatchKey;
  };
  /** An account with an owner (domain, phone, company), else a lead closed within 180 days. */
  readonly owner?: {
    readonly ownerRepId: string;
    readonly record: MatchedRecord;
    readonly matchedBy: MatchKey;
  };
};

export type RoutingContext = {
  readonly now: Date;
  readonly timeZone: string;
  readonly policy: RoutingPolicy;
  /** Every rep of the workspace, in their listed order. */
  readonly reps: readonly RoutingRep[];
  readonly teams: readonly TreeNode[];
  /** The lead's fields, as conditions and attribute matches read them. */
  readonly lead: Readonly<Record<string, unknown>>;
  readonly matches: LeadMatches;
  /** Reps who lost this lead to an SLA expiry. */
  readonly excluded: ReadonlySet<string>;
};

type Trace = {
  candidates: CandidateStatus[];
  rules: RuleAttempt[];
  ownerSkipped?: OwnerSkipped;
  warnings: ({ ruleId: string } & ReturnType<typeof evaluateCondition>['warnings'][number])[];
};

function ownerFirst(ctx: RoutingContext, trace: Trace): RoutingDecision | null {
  const found = ctx.policy.ownerFirst ? ctx.matches.owner : undefined;
  if (!found) return null;
  const rep = ctx.reps.find((r) => r.id === found.ownerRepId);
  const skip = !rep?.active ? 'inactive' : isAway(rep, ctx.now) ? 'away' : null;
  if (skip) {
    trace.ownerSkipped = {
      repId: found.ownerRepId,
      reason: skip,
      record: found.record,
      matchedBy: found.matchedBy,
    };
    return null;
  }
  return {
    version: DECISION_VERSION,
    outcome: 'assigned',
    repId: found.ownerRepId,
    ruleId: null,
    method: 'owner',
    matched: { record: found.record, matchedBy: found.matchedBy },
    ...trace,
  };
}

/** Sends the lead to a destination other than `next`; null for `next`. */
function place(
  destination: Destination,
  via: 'overflow' | 'fallback',
  ruleId: string | null,
  trace: Trace,
): RoutingDecision | null {
  switch (destination.kind) {
    case 'next':
      return null;
    case 'hold':
      return { version: DECISION_VERSION, outcome: 'held', via, ruleId, ...trace };
    case 'pool':
      return {
        version: DECISION_VERSION,
        outcome: 'pooled',
        poolId: destination.poolId,
        via,
        ruleId,
        ...trace,
      };
    case 'rep':
      return {
        version: DECISION_VERSION,
        outcome: 'assigned',
        repId: destination.repId,
        ruleId,
        method: via,
        ...trace,
      };
    default: {
      const never: never = destination;
      throw new Error(`unknown destination ${JSON.stringify(never)}`);
    }
  }
}

function tryRule(
  ctx: RoutingContext,
  rule: Rule,
  trace: Trace,
): RoutingDecision | 'matched' | 'skipped' {
  if (rule.activeDays && !rule.activeDays.includes(weekdayOf(ctx.now, ctx.timeZone))) {
    trace.rules.push({ ruleId: rule.id, result: 'inactive_day' });
    return 'skipped';
  }
  const evaluation = evaluateCondition(rule.when, ctx.lead);
  for (const w of evaluation.warnings) trace.warnings.push({ ruleId: rule.id, ...w });
  if (!evaluation.matched) {
    trace.rules.push({ ruleId: rule.id, result: 'no_match' });
    return 'skipped';
  }
  const pool = candidatePool(rule.to, ctx.reps, ctx.teams, ctx.lead);
  const kept: RoutingRep[] = [];
  const statuses: CandidateStatus[] = [];
  for (const rep of pool) {
    const code = rejectionOf(rep, ctx.now, ctx.excluded);
    if (code === null) kept.push(rep);
    statuses.push(
      code === null
        ? { repId: rep.id, status: 'eligible' }
        : { repId: rep.id, status: 'rejected', code },
    );
  }
  const chosen = distribute(rule.method, rule.id, pool, kept);
  if (chosen) statuses[pool.indexOf(chosen)] = { repId: chosen.id, status: 'chosen' };
  trace.candidates = statuses;
  if (chosen) {
    return {
      version: DECISION_VERSION,
      outcome: 'assigned',
      repId: chosen.id,
      ruleId: rule.id,
      method: rule.method,
      ...trace,
    };
  }
  trace.rules.push({ ruleId: rule.id, result: 'no_eligible' });
  return place(rule.overflow, 'overflow', rule.id, trace) ?? 'matched';
}

export function decide(ctx: RoutingContext): RoutingDecision {
  const duplicate = ctx.policy.dedup ? ctx.matches.duplicateOf : undefined;
  if (duplicate) {
    return {
      version: DECISION_VERSION,
      outcome: 'duplicate',
      of: duplicate.leadId,
      matchedBy: duplicate.matchedBy,
      notify: duplicate.ownerRepId,
    };
  }
  const trace: Trace = { candidates: [], rules: [], warnings: [] };
  const toOwner = ownerFirst(ctx, trace);
  if (toOwner) return toOwner;
  for (const rule of ctx.policy.rules) {
    const result = tryRule(ctx, rule, trace);
    if (typeof result === 'object') return result;
  }
  const fallback =
    ctx.policy.fallback.kind === 'next' ? ({ kind: 'hold' } as const) : ctx.policy.fallback;
  return place(fallback, 'fallback', null, trace)!;
}
