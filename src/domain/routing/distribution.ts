/**
 * The three ways to pick one rep among the eligible, each with the spec's tie-breaks so the
 * same state always gives the same rep.
 */
import type { DistributionMethod, RoutingRep } from './policy.ts';

/** Never assigned counts as oldest. */
const lastAssigned = (rep: RoutingRep) => rep.lastAssignedAt?.getTime() ?? Number.NEGATIVE_INFINITY;

const EPSILON = 1e-9;

/** -1, 0 or 1; safe for infinities (never-assigned reps). */
const compare = (x: number, y: number) => (x < y ? -1 : x > y ? 1 : 0);

const older = (a: RoutingRep, b: RoutingRep) => compare(lastAssigned(a), lastAssigned(b));
const lessLoaded = (a: RoutingRep, b: RoutingRep) => compare(a.open, b.open) || older(a, b);

/**
 * Picks the best by `better(a, b) < 0`. The eligible reps come in pool order, so keeping the
 * first of equals breaks what `better` leaves equal by pool order.
 */
function pick(
  eligible: readonly RoutingRep[],
  better: (a: RoutingRep, b: RoutingRep) => number,
): RoutingRep | null {
  let best: RoutingRep | null = null;
  for (const candidate of eligible) {
    if (best === null || better(candidate, best) < 0) best = candidate;
  }
  return best;
}

/**
 * Largest weighted deficit `(n + 1) · w_i / W − c_i`, where c counts this rule's assignments in
 * the count window and n, W sum counts and weights over the whole pool (eligible or not);
 * ties: larger weight, oldest latest assignment, pool order.
 */
function mostBehind(
  pool: readonly RoutingRep[],
  eligible: readonly RoutingRep[],
  ruleId: string,
): RoutingRep | null {
  let n = 0;
  let w = 0;
  for (const r of pool) {
    n += r.ruleCounts[ruleId] ?? 0;
    w += r.weight;
  }
  let best: RoutingRep | null = null;
  let bestDeficit = 0;
  for (const r of eligible) {
    const deficit = ((n + 1) * r.weight) / w - (r.ruleCounts[ruleId] ?? 0);
    if (best === null) {
      best = r;
      bestDeficit = deficit;
      continue;
    }
    const d = deficit - bestDeficit;
    const better =
      Math.abs(d) > EPSILON ? d > 0 : (compare(best.weight, r.weight) || older(r, best)) < 0;
    if (better) {
      best = r;
      bestDeficit = deficit;
    }
  }
  return best;
}

/**
 * The chosen rep, or null when no one is eligible. `eligible` keeps the order of `pool`.
 * - round_robin: oldest latest assignment; ties: pool order.
 * - weighted: largest deficit; ties: larger weight, oldest latest assignment, pool order.
 * - least_loaded: fewest open leads; ties: oldest latest assignment, pool order.
 */
export function distribute(
  method: DistributionMethod,
  ruleId: string,
  pool: readonly RoutingRep[],
  eligible: readonly RoutingRep[],
): RoutingRep | null {
  switch (method) {
    case 'round_robin':
      return pick(eligible, older);
    case 'least_loaded':
      return pick(eligible, lessLoaded);
    case 'weighted':
      return mostBehind(pool, eligible, ruleId);
    default: {
      const never: never = method;
      throw new Error(`unknown method ${String(never)}`);
    }
  }
}
