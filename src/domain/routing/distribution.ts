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

type Ranked = { rep: RoutingRep; order: number };

/** Picks the best by `better(a, b) < 0`; pool order breaks what `better` leaves equal. */
function pick(
  eligible: readonly Ranked[],
  better: (a: RoutingRep, b: RoutingRep) => number,
): RoutingRep | null {
  let best: Ranked | null = null;
  for (const candidate of eligible) {
    if (best === null) {
      best = candidate;
      continue;
    }
    const c = better(candidate.rep, best.rep);
    if (c < 0 || (c === 0 && candidate.order < best.order)) best = candidate;
  }
  return best?.rep ?? null;
}

/**
 * Weighted deficit of rep i: `(n + 1) · w_i / W − c_i`, where c counts this rule's assignments
 * in the count window and n, W sum counts and weights over the whole pool (eligible or not).
 */
export function weightedDeficits(pool: readonly RoutingRep[], ruleId: string): Map<string, number> {
  const count = (r: RoutingRep) => r.ruleCounts[ruleId] ?? 0;
  const n = pool.reduce((s, r) => s + count(r), 0);
  const w = pool.reduce((s, r) => s + r.weight, 0);
  return new Map(pool.map((r) => [r.id, ((n + 1) * r.weight) / w - count(r)]));
}

/**
 * The chosen rep, or null when no one is eligible.
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
  const position = new Map(pool.map((r, i) => [r.id, i]));
  const ranked = eligible.map((rep) => ({
    rep,
    order: position.get(rep.id) ?? Number.MAX_SAFE_INTEGER,
  }));
  const older = (a: RoutingRep, b: RoutingRep) => compare(lastAssigned(a), lastAssigned(b));
  switch (method) {
    case 'round_robin':
      return pick(ranked, older);
    case 'least_loaded':
      return pick(ranked, (a, b) => compare(a.open, b.open) || older(a, b));
    case 'weighted': {
      const deficit = weightedDeficits(pool, ruleId);
      return pick(ranked, (a, b) => {
        const d = deficit.get(b.id)! - deficit.get(a.id)!;
        if (Math.abs(d) > EPSILON) return Math.sign(d);
        return compare(b.weight, a.weight) || older(a, b);
      });
    }
    default: {
      const never: never = method;
      throw new Error(`unknown method ${String(never)}`);
    }
  }
}
