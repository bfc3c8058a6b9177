/**
 * Fairness (step 9 of the plan): is each unit asked for about the same effort relative to
 * what its market and its ramp allow? `difficulty = Q / (P · r)`; relative difficulty is that
 * over the mean, and a unit above 1.2 is flagged. The coefficient of variation and the Gini
 * coefficient describe how unequal the targets themselves are.
 */
import type { MetricFairness } from './plan-result.ts';

/** Relative difficulty above this is flagged `unfair_difficulty`. */
export const UNFAIR_RELATIVE_DIFFICULTY = 1.2;

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Population coefficient of variation: standard deviation over the mean (0 when mean is 0). */
export function coefficientOfVariation(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return 0;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  if (mean === 0) return 0;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return Math.sqrt(squares / n) / mean;
}

/** Gini coefficient `Σ_i Σ_j |x_i − x_j| / (2 n² mean)`, computed on sorted values in O(n log n). */
export function gini(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return 0;
  const sorted = values.slice().sort((a, b) => a - b);
  let sum = 0;
  let weighted = 0;
  for (let i = 0; i < n; i += 1) {
    sum += sorted[i]!;
    weighted += (2 * (i + 1) - n - 1) * sorted[i]!;
  }
  return sum === 0 ? 0 : weighted / (n * sum);
}

/**
 * Fairness over the units with a positive potential (the others have no difficulty to
 * compare); null when no unit has one. Figures are rounded to 4 decimals.
 */
export function fairnessOf(
  units: readonly string[],
  targets: readonly number[],
  potentials: readonly number[],
  ramps: readonly number[],
): MetricFairness | null {
  const ids: string[] = [];
  const q: number[] = [];
  const d: number[] = [];
  for (let i = 0; i < units.length; i += 1) {
    if (!(potentials[i]! > 0)) continue;
    ids.push(units[i]!);
    q.push(targets[i]!);
    d.push(targets[i]! / (potentials[i]! * ramps[i]!));
  }
  if (ids.length === 0) return null;
  let sum = 0;
  for (const x of d) sum += x;
  const mean = sum / d.length;
  const difficulty: Record<string, number> = {};
  const relativeDifficulty: Record<string, number> = {};
  const flagged: string[] = [];
  for (let i = 0; i < ids.length; i += 1) {
    const relative = mean > 0 ? d[i]! / mean : 1;
    difficulty[ids[i]!] = round4(d[i]!);
    relativeDifficulty[ids[i]!] = round4(relative);
    if (relative > UNFAIR_RELATIVE_DIFFICULTY) flagged.push(ids[i]!);
  }
  return {
    difficulty,
    relativeDifficulty,
    cv: round4(coefficientOfVariation(q)),
    gini: round4(gini(q)),
    flagged,
  };
}
