/**
 * Seasonality (sub-periods of the plan): the period is cut into the calendar months or
 * quarters it touches — labelled `2026-01` and `2026-Q1` — or kept whole (`split: none`,
 * labelled `start/end`). A partial first or last month is still one sub-period: its weight
 * comes from the seasonality, not from its number of days. Each unit's target is spread by
 * the weights (normalised; flat by default) and rounded by largest remainder within the unit.
 */
import type { PlanSplit } from './plan-input.ts';
import { largestRemainder } from './rounding.ts';

const ym = (day: string): [number, number] => [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
const pad = (n: number) => String(n).padStart(2, '0');

/** The labels of the sub-periods from `start` to `end` (both inclusive). */
export function subPeriodLabels(start: string, end: string, split: PlanSplit): string[] {
  if (split === 'none') return [`${start}/${end}`];
  const [sy, sm] = ym(start);
  const [ey, em] = ym(end);
  const first = sy * 12 + sm - 1;
  const last = ey * 12 + em - 1;
  const labels: string[] = [];
  if (split === 'month') {
    for (let k = first; k <= last; k += 1)
      labels.push(`${Math.floor(k / 12)}-${pad((k % 12) + 1)}`);
    return labels;
  }
  const firstQuarter = Math.floor(first / 3);
  const lastQuarter = Math.floor(last / 3);
  for (let k = firstQuarter; k <= lastQuarter; k += 1)
    labels.push(`${Math.floor(k / 4)}-Q${(k % 4) + 1}`);
  return labels;
}

/** Seasonality weights normalised to sum 1; flat when none are given. */
export function seasonWeights(
  weights: readonly number[] | null | undefined,
  count: number,
): number[] {
  if (!weights || weights.length === 0) return new Array<number>(count).fill(1 / count);
  let sum = 0;
  for (const w of weights) sum += w;
  return weights.map((w) => w / sum);
}

/**
 * Splits a unit's target (in whole steps of precision) over the sub-periods by the weights,
 * so the sub-periods sum exactly to the unit's target; ties go to the earlier sub-period.
 */
export function splitBySeason(totalSteps: number, weights: readonly number[]): number[] {
  if (weights.length === 1) return [totalSteps];
  return largestRemainder(
    weights.map((w) => w * totalSteps),
    totalSteps,
  );
}
