/**
 * `computePlan`: targets for one period from a plan input — the function behind `allot plan`,
 * the server's plan drafts and the web what-if. Pure and deterministic: the same input gives
 * the same output, every tie broken by the listed order of units and sub-periods.
 *
 * Order of the steps per metric (allocateMetric): adjustments → driver shares → ramp →
 * growth guardrails → rounding; then per unit: seasonality → funnel; then per metric:
 * roll-up and fairness on the rounded targets.
 */
import type { Locale } from '../shared/vocabulary.ts';
import { allocateMetric, type MetricWarning } from './allocate-metric.ts';
import { fairnessOf } from './fairness.ts';
import { funnelNeeds } from './funnel.ts';
import {
  DEFAULT_SPLIT,
  effectiveMethod,
  type Funnel,
  type PlanAdjustment,
  type PlanInput,
  type PlanProblem,
} from './plan-input.ts';
import type {
  FunnelNeeds,
  MetricFairness,
  PeriodTarget,
  PlanResult,
  PlanWarning,
  UnitTarget,
} from './plan-result.ts';
import { potentialIndex } from './potential.ts';
import { rampFactor } from './ramp.ts';
import { renderTargetText, renderWarningText } from './render-plan-text.ts';
import { rollUp } from './rollup.ts';
import { stepsOf } from './rounding.ts';
import { seasonWeights, splitBySeason, subPeriodLabels } from './seasonality.ts';
import { validatePlan } from './validate-plan.ts';

export type PlanOutcome =
  | { readonly ok: true; readonly result: PlanResult }
  | { readonly ok: false; readonly problems: readonly PlanProblem[] };

/** The unit's funnel: its own values over the plan's; null when neither gives one. */
function unitFunnel(input: PlanInput, i: number): Funnel | null {
  const own = input.units[i]!.funnel;
  const plan = input.funnel ?? null;
  if (!own) return plan;
  const merged = { ...(plan ?? {}), ...own };
  const { avgDeal, winRate, oppPerLead, visitsPerOpp } = merged;
  if (
    avgDeal === undefined ||
    winRate === undefined ||
    oppPerLead === undefined ||
    visitsPerOpp === undefined
  )
    return null;
  return { avgDeal, winRate, oppPerLead, visitsPerOpp };
}

export function computePlan(input: PlanInput, locale: Locale = 'zh-CN'): PlanOutcome {
  const invalid = validatePlan(input);
  if (invalid.length > 0) return { ok: false, problems: invalid };

  const { units, metrics } = input;
  const split = input.period.split ?? DEFAULT_SPLIT;
  const labels = subPeriodLabels(input.period.start, input.period.end, split);
  const weights = seasonWeights(input.seasonality, labels.length);
  const unitIndex = new Map(units.map((u, i) => [u.id, i]));
  const metricName = new Map(metrics.map((m) => [m.id, m.name ?? m.id]));
  const unitName = new Map(units.map((u) => [u.id, u.name ?? u.id]));
  const nameOf = (id: string | undefined) =>
    id === undefined ? '' : (metricName.get(id) ?? unitName.get(id) ?? id);

  const rawWarnings: Omit<PlanWarning, 'text'>[] = [];
  const potential = potentialIndex(
    units.map((u) => u.potential),
    input.potentialFactors ?? {},
  );
  for (const factor of potential.zeroMeanFactors)
    rawWarnings.push({ code: 'potential_factor_zero_mean', factor });
  for (const i of potential.notPositive)
    rawWarnings.push({ code: 'potential_not_positive', unit: units[i]!.id });

  const fixedByMetric = new Map<string, Map<number, PlanAdjustment>>();
  for (const a of input.adjustments ?? []) {
    const byUnit = fixedByMetric.get(a.metric) ?? new Map<number, PlanAdjustment>();
    byUnit.set(unitIndex.get(a.unit)!, a);
    fixedByMetric.set(a.metric, byUnit);
  }

  const problems: PlanProblem[] = [];
  // Ramp factors per ramp curve: metrics that share the plan's curve share the factors.
  const rampsByCurve = new Map<readonly number[], number[]>();
  const rampsFor = (curve: readonly number[]) => {
    let ramps = rampsByCurve.get(curve);
    if (!ramps) {
      ramps = units.map((u) => rampFactor(u, input.period.start, curve).factor);
      rampsByCurve.set(curve, ramps);
    }
    return ramps;
  };
  const allocations = metrics.map((metric, m) => {
    const method = effectiveMethod(input, m);
    const ramps = rampsFor(method.rampCurve);
    const steps = stepsOf(metric.precision);
    const allocation = allocateMetric({
      metric,
      method,
      steps,
      units,
      potentials: potential.values,
      ramps,
      fixed: fixedByMetric.get(metric.id) ?? new Map(),
    });
    problems.push(...allocation.problems);
    return { metric, steps, ramps, allocation };
  });
  if (problems.length > 0) return { ok: false, problems };

  const funnels = units.map((_, i) => unitFunnel(input, i));
  const funnelFor = (metricId: string, kind: string) =>
    kind === 'amount' && (input.funnel?.metric === undefined || input.funnel.metric === metricId);

  const targets: UnitTarget[] = [];
  units.forEach((unit, i) => {
    for (const { metric, steps, allocation } of allocations) {
      const total = allocation.steps[i]!;
      const periodSteps = splitBySeason(total, weights);
      const funnel = funnelFor(metric.id, metric.kind) ? funnels[i] : null;
      const periods: PeriodTarget[] = new Array(labels.length);
      for (let t = 0; t < labels.length; t += 1) {
        const periodValue = steps.fromSteps(periodSteps[t]!);
        periods[t] = funnel
          ? { label: labels[t]!, value: periodValue, derived: funnelNeeds(periodValue, funnel) }
          : { label: labels[t]!, value: periodValue };
      }
      const value = steps.fromSteps(total);
      const derived: FunnelNeeds | undefined = funnel ? funnelNeeds(value, funnel) : undefined;
      const terms = allocation.terms[i]!;
      const text = renderTargetText(
        {
          unitName: unit.name ?? unit.id,
          metricName: metric.name ?? metric.id,
          metricUnit: metric.unit,
          decimals: steps.decimals,
          split,
          value,
          terms,
          periods,
          derived,
        },
        locale,
      );
      targets.push(
        derived
          ? { unit: unit.id, metric: metric.id, value, periods, terms, derived, text }
          : { unit: unit.id, metric: metric.id, value, periods, terms, text },
      );
    }
  });

  const fairness: Record<string, MetricFairness> = {};
  const unassigned: Record<string, number> = {};
  for (const { metric, steps, ramps, allocation } of allocations) {
    for (const w of allocation.warnings) rawWarnings.push(metricWarning(metric.id, w));
    unassigned[metric.id] = steps.fromSteps(allocation.unassignedSteps);
    if (!potential.any) continue;
    const f = fairnessOf(
      units.map((u) => u.id),
      allocation.steps.map((s) => steps.fromSteps(s)),
      potential.values,
      ramps,
    );
    if (!f) continue;
    fairness[metric.id] = f;
    if (f.flagged.length > 0)
      rawWarnings.push({ code: 'unfair_difficulty', metric: metric.id, units: f.flagged });
  }

  const rollup = rollUp(
    input.teams ?? [],
    units.map((u) => u.team),
    allocations.map(({ metric, steps }) => ({ id: metric.id, fromSteps: steps.fromSteps })),
    allocations.map(({ allocation }) => allocation.steps),
  );

  return {
    ok: true,
    result: {
      format: 'allot.plan-result/1',
      targets,
      rollup,
      fairness,
      unassigned,
      warnings: rawWarnings.map((w) => ({ ...w, text: renderWarningText(w, locale, nameOf) })),
    },
  };
}

function metricWarning(metric: string, w: MetricWarning): Omit<PlanWarning, 'text'> {
  return {
    code: w.code,
    metric,
    ...(w.unit !== undefined ? { unit: w.unit } : {}),
    ...(w.amount !== undefined ? { amount: w.amount } : {}),
  };
}
