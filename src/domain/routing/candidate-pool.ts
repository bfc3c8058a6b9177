/**
 * A rule's candidate pool and who in it may take the lead now. The pool is the intersection of
 * the rule's selectors, in `reps` order when given, else in the reps' own order. Eligibility
 * applies the spec's filters in order and records the first one each rep fails.
 */
import { subtreeIds, type TreeNode } from '../shared/tree.ts';
import { valueAt, valueAtPath } from './conditions.ts';
import type { RoutingRep, RuleTarget } from './policy.ts';

export const REJECTION_CODES = [
  'inactive',
  'away',
  'cap_day',
  'cap_week',
  'cap_month',
  'cap_open',
  'excluded',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export type Rejection = { readonly repId: string; readonly code: RejectionCode };

/** Reps whose attribute equals the lead's field, or contains it when the attribute is a list. */
function matchingAttribute(
  pool: RoutingRep[],
  lead: unknown,
  leadField: string,
  repField: string,
): RoutingRep[] {
  const wanted = valueAt(lead, leadField);
  if (wanted === undefined || wanted === null) return [];
  const path = repField.split('.');
  return pool.filter((rep) => {
    const have = valueAtPath(rep, path);
    return Array.isArray(have) ? have.includes(wanted) : have !== undefined && have === wanted;
  });
}

/** The rule's pool for this lead. Absent selectors do not narrow it; absent `to` = every rep. */
export function candidatePool(
  target: RuleTarget | undefined,
  reps: readonly RoutingRep[],
  teams: readonly TreeNode[],
  lead: unknown,
): RoutingRep[] {
  let pool: RoutingRep[];
  if (target?.reps) {
    const byId = new Map(reps.map((r) => [r.id, r]));
    pool = target.reps.flatMap((id) => byId.get(id) ?? []);
  } else pool = [...reps];
  if (!target) return pool;
  if (target.teams) {
    const inTeams = subtreeIds(teams, target.teams);
    pool = pool.filter((r) => r.teamId !== null && inTeams.has(r.teamId));
  }
  if (target.levels) pool = pool.filter((r) => target.levels!.includes(r.level));
  if (target.tags) pool = pool.filter((r) => target.tags!.every((t) => r.tags.includes(t)));
  for (const m of target.match ?? []) pool = matchingAttribute(pool, lead, m.lead, m.rep);
  return pool;
}

export function isAway(rep: RoutingRep, now: Date): boolean {
  const t = now.getTime();
  return rep.away.some((w) => w.from.getTime() <= t && t < w.to.getTime());
}

/** The first filter `rep` fails for one more lead now, or null when it may take it. */
export function rejectionOf(
  rep: RoutingRep,
  now: Date,
  excluded: ReadonlySet<string>,
): RejectionCode | null {
  if (!rep.active) return 'inactive';
  if (isAway(rep, now)) return 'away';
  const over = (count: number, cap: number | null) => cap !== null && count + 1 > cap;
  if (over(rep.assigned.day, rep.caps.perDay)) return 'cap_day';
  if (over(rep.assigned.week, rep.caps.perWeek)) return 'cap_week';
  if (over(rep.assigned.month, rep.caps.perMonth)) return 'cap_month';
  if (rep.leadLimit !== null && rep.open >= rep.leadLimit) return 'cap_open';
  if (excluded.has(rep.id)) return 'excluded';
  return null;
}

/** Splits a pool into reps that may take the lead and the rejected, each with its code. */
export function eligibility(
  pool: readonly RoutingRep[],
  now: Date,
  excluded: ReadonlySet<string>,
): { kept: RoutingRep[]; rejected: Rejection[] } {
  const kept: RoutingRep[] = [];
  const rejected: Rejection[] = [];
  for (const rep of pool) {
    const code = rejectionOf(rep, now, excluded);
    if (code === null) kept.push(rep);
    else rejected.push({ repId: rep.id, code });
  }
  return { kept, rejected };
}
