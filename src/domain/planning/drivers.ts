/**
 * Driver shares (step 1 of the plan): how much of a metric each unit should carry by one
 * measure — an even split, last period's actuals, market potential or open pipeline — and the
 * blend of several measures by their weights.
 */
import type { DriverWeight, PlanDriver } from './plan-input.ts';

/**
 * Each unit's share by one driver: its input over the sum of inputs (a missing input counts
 * 0). `even` is the same for everyone. Null when the inputs sum to 0 — nobody can be given a
 * share by a measure that is empty, and the caller reports it as an input error.
 */
export function driverShares(driver: PlanDriver, inputs: readonly number[]): number[] | null {
  const n = inputs.length;
  if (driver === 'even') return n === 0 ? null : inputs.map(() => 1 / n);
  let sum = 0;
  for (const x of inputs) sum += x;
  if (!(sum > 0)) return null;
  return inputs.map((x) => x / sum);
}

export type DriverShare = {
  readonly driver: PlanDriver;
  /** The driver's weight, normalised so the weights sum to 1. */
  readonly weight: number;
  readonly shares: readonly number[];
};

/**
 * Blended share `s_i = Σ_k w_k · share_{k,i}` with the weights normalised to sum 1. Drivers
 * of weight 0 take no part (their inputs are not needed).
 */
export function blendShares(parts: readonly DriverShare[], n: number): number[] {
  const blended = new Array<number>(n).fill(0);
  for (const part of parts) {
    for (let i = 0; i < n; i += 1) blended[i]! += part.weight * part.shares[i]!;
  }
  return blended;
}

/** The drivers that count (weight > 0) with their weights normalised to sum 1. */
export function normalisedWeights(
  drivers: readonly DriverWeight[],
): { driver: PlanDriver; weight: number; index: number }[] {
  let sum = 0;
  for (const d of drivers) sum += Math.max(0, d.weight);
  return drivers
    .map((d, index) => ({ driver: d.driver, weight: sum > 0 ? d.weight / sum : 0, index }))
    .filter((d) => d.weight > 0);
}
