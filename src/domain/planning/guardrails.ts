/**
 * Growth guardrails (step 5 of the plan): a unit with last-period actuals H > 0 may not be
 * asked for less than H(1 + min) nor more than H(1 + max). Violators are held at their bound
 * and the difference goes to the units still free, in proportion to their current values —
 * repeated until nobody is outside. When nobody is left to take the difference, the bounds
 * win and the difference is reported (`growth_infeasible`): a manager must decide.
 */

/** A unit's bounds in target units; null = no bound on that side. */
export type GrowthLimit = { readonly lo: number | null; readonly hi: number | null };

/** The bounds of growth `min`/`max` around history H; none without history. */
export function growthLimit(
  history: number,
  growth: { readonly min: number | null; readonly max: number | null },
): GrowthLimit {
  if (!(history > 0)) return { lo: null, hi: null };
  return {
    lo: growth.min === null ? null : history * (1 + growth.min),
    hi: growth.max === null ? null : history * (1 + growth.max),
  };
}

export type GuardrailOutcome = {
  readonly values: number[];
  /** The bound a unit is held at, or null. */
  readonly clamped: ('min' | 'max' | null)[];
  readonly clampDelta: number[];
  readonly respreadDelta: number[];
  /** The difference nobody could take: values now sum to the input sum minus this. */
  readonly leftover: number;
  readonly infeasible: boolean;
};

const tolerance = (x: number) => 1e-9 * Math.max(1, Math.abs(x));

export function applyGuardrails(
  input: readonly number[],
  limits: readonly GrowthLimit[],
): GuardrailOutcome {
  const n = input.length;
  const values = input.slice();
  const clamped = new Array<'min' | 'max' | null>(n).fill(null);
  const clampDelta = new Array<number>(n).fill(0);
  const respreadDelta = new Array<number>(n).fill(0);
  let leftover = 0;
  let infeasible = false;
  for (let round = 0; round <= n; round += 1) {
    let difference = 0;
    let anyViolator = false;
    for (let i = 0; i < n; i += 1) {
      if (clamped[i] !== null) continue;
      const { lo, hi } = limits[i]!;
      const v = values[i]!;
      let side: 'min' | 'max' | null = null;
      let bound = v;
      if (hi !== null && v > hi + tolerance(hi)) {
        side = 'max';
        bound = hi;
      } else if (lo !== null && v < lo - tolerance(lo)) {
        side = 'min';
        bound = lo;
      }
      if (side === null) continue;
      anyViolator = true;
      clamped[i] = side;
      clampDelta[i] = bound - v;
      difference += v - bound;
      values[i] = bound;
    }
    if (!anyViolator) break;
    let free = 0;
    for (let i = 0; i < n; i += 1) if (clamped[i] === null) free += values[i]!;
    if (!(free > 0)) {
      leftover = difference;
      infeasible = Math.abs(difference) > tolerance(free);
      break;
    }
    if (-difference > free) {
      // Floors ask for more than the free units hold: they go to 0 and the rest is left over.
      for (let i = 0; i < n; i += 1) {
        if (clamped[i] !== null) continue;
        respreadDelta[i] = respreadDelta[i]! - values[i]!;
        values[i] = 0;
      }
      leftover = difference + free;
      infeasible = true;
      break;
    }
    for (let i = 0; i < n; i += 1) {
      if (clamped[i] !== null) continue;
      const share = (difference * values[i]!) / free;
      values[i] = values[i]! + share;
      respreadDelta[i] = respreadDelta[i]! + share;
    }
  }
  return { values, clamped, clampDelta, respreadDelta, leftover, infeasible };
}
