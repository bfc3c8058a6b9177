/**
 * The territory-level view of a plan: each rep's target is attributed to the territories the rep
 * covers, in proportion to the potential each territory gives the rep (a territory covered by
 * several reps gives each an equal part of its index). Whole steps per rep, so a rep's parts sum
 * to the rep's target; targets of reps without covered potential stay unattributed.
 */
import type { PlanResult } from './plan-result.ts';
import { largestRemainder, stepsOf } from './rounding.ts';

export type CoveredTerritory = {
  readonly id: string;
  readonly reps: readonly string[];
  readonly index: number;
};

export type TerritoryTargets = {
  readonly territories: {
    id: string;
    index: number;
    repIds: string[];
    targets: Record<string, number>;
  }[];
  readonly unattributed: Record<string, number>;
};

export function territoryTargets(
  result: PlanResult,
  metrics: readonly { readonly id: string; readonly precision: number }[],
  covered: readonly CoveredTerritory[],
): TerritoryTargets {
  const byRep = new Map<string, { territory: number; weight: number }[]>();
  covered.forEach((t, k) => {
    if (t.index <= 0) return;
    for (const rep of t.reps)
      byRep.set(rep, [
        ...(byRep.get(rep) ?? []),
        { territory: k, weight: t.index / t.reps.length },
      ]);
  });
  const territories = covered.map((t) => ({
    id: t.id,
    index: Math.round(t.index * 1e4) / 1e4,
    repIds: [...t.reps],
    targets: Object.fromEntries(metrics.map((m) => [m.id, 0])) as Record<string, number>,
  }));
  const unattributed: Record<string, number> = Object.fromEntries(metrics.map((m) => [m.id, 0]));
  const precisionOf = new Map(metrics.map((m) => [m.id, m.precision]));
  for (const target of result.targets) {
    const precision = precisionOf.get(target.metric);
    if (precision === undefined) continue;
    const parts = byRep.get(target.unit);
    if (!parts) {
      unattributed[target.metric] = (unattributed[target.metric] ?? 0) + target.value;
      continue;
    }
    const steps = stepsOf(precision);
    const total = Math.round(steps.toSteps(target.value));
    const weightSum = parts.reduce((sum, p) => sum + p.weight, 0);
    const split = largestRemainder(
      parts.map((p) => (p.weight / weightSum) * total),
      total,
    );
    parts.forEach((p, i) => {
      const row = territories[p.territory]!.targets;
      row[target.metric] = steps.fromSteps(
        Math.round(steps.toSteps(row[target.metric] ?? 0)) + split[i]!,
      );
    });
  }
  return { territories, unattributed };
}
