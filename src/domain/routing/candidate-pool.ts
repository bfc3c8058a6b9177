/**
 * A rule's candidate pool and who in it may take the lead now. The pool is the intersection of
 * the rule's selectors, in `reps` order when given, else in the reps' own order. Eligibility
 * applies the spec's filters in order and records the first one each rep fails.
 */
import { subtreeIds, type TreeNode } from '../shared/tree.ts';
import { pathOf, valueAt, valueAtPath } from './conditions.ts';
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

type AttributeMatch = { readonly wanted: unknown; readonly path: readonly string[] };

/** Whether the rep's attribute equals the lead's field, or contains it when it is a list. */
function hasAttribute(rep: RoutingRep, { wanted, path }: AttributeMatch): boolean {
  const have = valueAtPath(rep, path);
  return Array.isArray(have) ? have.includes(wanted) : have !== undefined && have === wanted;
}

/** Team subtrees of a rule target, worked out once per team tree (a decision tries many rules). */
const subtrees = new WeakMap<readonly TreeNode[], WeakMap<readonly string[], Set<string>>>();

function teamsUnder(teams: readonly TreeNode[], roots: readonly string[]): Set<string> {
  const byRoots = subtrees.get(teams) ?? new WeakMap<readonly string[], Set<string>>();
  subtrees.set(teams, byRoots);
  const ids = byRoots.get(roots) ?? subtreeIds(teams, roots);
  byRoots.set(roots, ids);
  return ids;
}

function inTarget(
  rep: RoutingRep,
  inTeams: Set<string> | null,
  levels: RuleTarget['levels'],
  tags: RuleTarget['tags'],
): boolean {
  if (inTeams !== null && (rep.teamId === null || !inTeams.has(rep.teamId))) return false;
  if (levels !== undefined && !levels.includes(rep.level)) return false;
  if (tags !== undefined) {
    for (const tag of tags) if (!rep.tags.includes(tag)) return false;
  }
  return true;
}

/**
 * The rule's pool for this lead. Absent selectors do not narrow it; absent `to` = every rep.
 * (Plain loops: this runs for every rule a lead reaches.)
 */
export function candidatePool(
  target: RuleTarget | undefined,
  reps: readonly RoutingRep[],
  teams: readonly TreeNode[],
  lead: unknown,
): RoutingRep[] {
  if (!target) return [...reps];
  let listed: readonly RoutingRep[] = reps;
  if (target.reps) {
    const byId = new Map<string, RoutingRep>();
    for (const rep of reps) byId.set(rep.id, rep);
    const named: RoutingRep[] = [];
    for (const id of target.reps) {
      const rep = byId.get(id);
      if (rep) named.push(rep);
    }
    listed = named;
  }
  const inTeams = target.teams ? teamsUnder(teams, target.teams) : null;
  const matches: AttributeMatch[] = [];
  for (const m of target.match ?? []) {
    const wanted = valueAt(lead, m.lead);
    // A lead without the field matches no rep.
    if (wanted === undefined || wanted === null) return [];
    matches.push({ wanted, path: pathOf(m.rep) });
  }
  const pool: RoutingRep[] = [];
  for (const rep of listed) {
    if (!inTarget(rep, inTeams, target.levels, target.tags)) continue;
    if (matches.length > 0 && !matches.every((m) => hasAttribute(rep, m))) continue;
    pool.push(rep);
  }
  return pool;
}

const over = (count: number, cap: number | null) => cap !== null && count + 1 > cap;

export function isAway(rep: RoutingRep, now: Date): boolean {
  const t = now.getTime();
  for (const w of rep.away) if (w.from.getTime() <= t && t < w.to.getTime()) return true;
  return false;
}

/** The first filter `rep` fails for one more lead now, or null when it may take it. */
export function rejectionOf(
  rep: RoutingRep,
  now: Date,
  excluded: ReadonlySet<string>,
): RejectionCode | null {
  if (!rep.active) return 'inactive';
  if (isAway(rep, now)) return 'away';
  if (over(rep.assigned.day, rep.caps.perDay)) return 'cap_day';
  if (over(rep.assigned.week, rep.caps.perWeek)) return 'cap_week';
  if (over(rep.assigned.month, rep.caps.perMonth)) return 'cap_month';
  if (rep.leadLimit !== null && rep.open >= rep.leadLimit) return 'cap_open';
  if (excluded.has(rep.id)) return 'excluded';
  return null;
}
