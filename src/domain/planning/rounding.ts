/**
 * Rounding to a metric's precision by largest remainder (step 6 of the plan): every value is
 * counted in whole steps of the precision (0.01 → cents), the steps are floored, and the
 * steps still missing go to the largest remainders, ties to the earlier item. So the parts
 * always sum exactly to the whole, and no float error creeps into the sum.
 */

/** Float noise allowed when deciding that a number of steps is whole: 1e-9 relative. */
const EPSILON = 1e-9;
const slack = (x: number) => EPSILON * Math.max(1, Math.abs(x));

/** Decimals a precision needs: 0.01 → 2, 0.05 → 2, 1 → 0, 1000 → 0. */
export function decimalsOf(precision: number): number {
  let decimals = 0;
  while (decimals < 12) {
    const scaled = precision * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) <= slack(scaled)) break;
    decimals += 1;
  }
  return decimals;
}

/** Counts values in whole steps of one precision and turns steps back into exact decimals. */
export type Steps = {
  readonly precision: number;
  readonly decimals: number;
  /** Exact (fractional) number of steps in `value`. */
  toSteps(value: number): number;
  /** The decimal value of a whole number of steps, with no float noise: 1111 → 11.11. */
  fromSteps(steps: number): number;
  /** True when `value` is a whole number of steps (within float noise). */
  isWhole(value: number): boolean;
  /** The nearest whole number of steps. */
  nearest(value: number): number;
};

export function stepsOf(precision: number): Steps {
  const decimals = decimalsOf(precision);
  const scale = 10 ** decimals;
  const stepInScale = Math.round(precision * scale);
  return {
    precision,
    decimals,
    toSteps: (value) => (value * scale) / stepInScale,
    fromSteps: (steps) => (steps * stepInScale) / scale,
    isWhole(value) {
      const x = (value * scale) / stepInScale;
      return Math.abs(x - Math.round(x)) <= slack(x);
    },
    nearest: (value) => Math.round((value * scale) / stepInScale),
  };
}

/** Optional per-item bounds, in whole steps: an item below `lo` is raised to it first, and
 * an item gets no step past `hi` (nor loses one below `lo`) while another item can take it. */
export type StepBounds = { readonly lo: readonly number[]; readonly hi: readonly number[] };

/**
 * Splits `total` whole steps over items whose exact shares (in steps) are `exact`, so the
 * parts sum to `total` exactly: floors first, then one more step to the largest remainders,
 * ties to the earlier item. When the floors already pass the total, steps are taken back from
 * the smallest remainders, the later item first, never below 0. `exact` should sum to about
 * `total`; when it does not, the difference is still spread, round after round.
 */
export function largestRemainder(
  exact: readonly number[],
  total: number,
  bounds?: StepBounds,
): number[] {
  const n = exact.length;
  const parts = new Array<number>(n);
  // Remainders in billionths, so equal remainders compare equal despite float noise.
  const remainders = new Array<number>(n);
  let need = total;
  for (let i = 0; i < n; i += 1) {
    const x = exact[i]!;
    let part = Math.floor(x + slack(x));
    remainders[i] = Math.max(0, Math.round((x - part) * 1e9));
    if (bounds && part < bounds.lo[i]! && bounds.lo[i]! <= bounds.hi[i]!) {
      part = bounds.lo[i]!;
      remainders[i] = -1;
    }
    parts[i] = part;
    need -= part;
  }
  if (need === 0 || n === 0) return parts;
  if (!bounds && need > 0 && need < n && n <= 32) return topUp(parts, remainders, need);
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => remainders[b]! - remainders[a]! || a - b);
  if (need < 0) order.reverse();
  const step = need > 0 ? 1 : -1;
  const canMove = (i: number) => {
    const next = parts[i]! + step;
    if (next < 0) return false;
    if (!bounds) return true;
    return step > 0 ? next <= bounds.hi[i]! : next >= bounds.lo[i]!;
  };
  let strict = true;
  while (need !== 0) {
    let moved = 0;
    for (let k = 0; k < n && need !== 0; k += 1) {
      const i = order[k]!;
      if (strict && !canMove(i)) continue;
      if (!strict && parts[i]! + step < 0) continue;
      parts[i]! += step;
      need -= step;
      moved += 1;
    }
    // Nobody may move within the bounds: the bounds give way rather than the sum.
    if (moved === 0) {
      if (!strict) break;
      strict = false;
    }
  }
  return parts;
}

/** Few items (sub-periods of one unit): one more step to each of the `need` largest remainders,
 * ties to the earlier item, by repeated scans instead of a sort. */
function topUp(parts: number[], remainders: number[], need: number): number[] {
  for (let k = 0; k < need; k += 1) {
    let best = 0;
    for (let i = 1; i < parts.length; i += 1) if (remainders[i]! > remainders[best]!) best = i;
    parts[best]! += 1;
    remainders[best] = -2;
  }
  return parts;
}
