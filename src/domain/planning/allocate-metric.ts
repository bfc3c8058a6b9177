/**
 * One metric's allocation, steps 1–6 of the plan in this order: adjustments are fixed first;
 * the rest of the target is shared out by the blended drivers, ramped, held within the growth
 * guardrails, and finally rounded. Guardrails run after the ramp, so a new hire's reduced
 * target is what is checked against last period; adjusted units are outside every step (a
 * manager's fixed number is not re-shared) but are warned about when outside their bounds.
 */
import { blendShares, type DriverShare, driverShares, normalisedWeights } from './drivers.ts';
import { applyGuardrails, type GrowthLimit, growthLimit } from './guardrails.ts';
import type {
  EffectiveMethod,
  PlanAdjustment,
  PlanDriver,
  PlanMetric,
  PlanProblem,
  PlanUnit,
} from './plan-input.ts';
import type { PlanTerm, PlanWarningCode } from './plan-result.ts';
import { applyRamp } from './ramp.ts';
import { largestRemainder, type Steps } from './rounding.ts';

export type MetricWarning = {
  readonly code: PlanWarningCode;
  readonly unit?: string;
  readonly amount?: number;
};

export type MetricAllocation = {
  /** Each unit's target in whole steps of the metric's precision. */
  readonly steps: number[];
  readonly terms: PlanTerm[][];
  /** Target not given to anyone, in whole steps (negative: more given than the target). */
  readonly unassignedSteps: number;
  readonly warnings: MetricWarning[];
  readonly problems: PlanProblem[];
};

export type MetricContext = {
  readonly metric: PlanMetric;
  readonly method: EffectiveMethod;
  readonly steps: Steps;
  readonly units: readonly PlanUnit[];
  /** Potential per unit (step 2), in the units' order. */
  readonly potentials: readonly number[];
  /** Ramp factor per unit for this metric's ramp curve. */
  readonly ramps: readonly number[];
  /** Adjustments of this metric by unit index. */
  readonly fixed: ReadonlyMap<number, PlanAdjustment>;
};

/** Shares, amounts and deltas in the terms are kept to 6 decimals: enough to read, no noise. */
export const tidy = (x: number) => {
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r;
};

function driverInput(driver: PlanDriver, unit: PlanUnit, potential: number, metric: string) {
  switch (driver) {
    case 'even':
      return 1;
    case 'history':
      return unit.history?.[metric] ?? 0;
    case 'potential':
      return potential;
    case 'pipeline':
      return unit.pipeline?.[metric] ?? 0;
    default: {
      const never: never = driver;
      throw new Error(`unknown driver ${String(never)}`);
    }
  }
}

const isMoved = (delta: number, steps: Steps) =>
  Math.abs(steps.toSteps(delta)) > 1e-9 * Math.max(1, Math.abs(steps.toSteps(delta)));

export function allocateMetric(ctx: MetricContext): MetricAllocation {
  const { metric, method, steps, units } = ctx;
  const n = units.length;
  const result: MetricAllocation = {
    steps: new Array<number>(n).fill(0),
    terms: Array.from({ length: n }, () => []),
    unassignedSteps: 0,
    warnings: [],
    problems: [],
  };
  const targetSteps = steps.nearest(metric.target);
  let fixedSteps = 0;
  for (const [i, adjustment] of ctx.fixed) {
    const s = steps.nearest(adjustment.value);
    result.steps[i] = s;
    fixedSteps += s;
    result.terms[i]!.push({
      term: 'adjustment',
      value: steps.fromSteps(s),
      comment: adjustment.comment,
    });
    const limit = growthLimit(units[i]!.history?.[metric.id] ?? 0, method.growth);
    if (
      (limit.hi !== null && adjustment.value > limit.hi) ||
      (limit.lo !== null && adjustment.value < limit.lo)
    )
      result.warnings.push({ code: 'adjusted_outside_growth', unit: units[i]!.id });
  }
  const free: number[] = [];
  for (let i = 0; i < n; i += 1) if (!ctx.fixed.has(i)) free.push(i);
  const remainingSteps = targetSteps - fixedSteps;
  if (free.length === 0) {
    if (remainingSteps !== 0)
      result.warnings.push({ code: 'no_units_left', amount: steps.fromSteps(remainingSteps) });
    return { ...result, unassignedSteps: remainingSteps };
  }
  if (remainingSteps < 0)
    result.warnings.push({
      code: 'adjustments_exceed_target',
      amount: steps.fromSteps(-remainingSteps),
    });
  const total = steps.fromSteps(Math.max(0, remainingSteps));

  // Step 1: driver shares over the units still to allocate.
  const parts: DriverShare[] = [];
  for (const { driver, weight, index } of normalisedWeights(method.drivers)) {
    const inputs = free.map((i) => driverInput(driver, units[i]!, ctx.potentials[i]!, metric.id));
    const shares = driverShares(driver, inputs);
    if (shares === null) {
      result.problems.push({
        path: method.driversPath === 'method' ? 'method' : `${method.driversPath}[${index}].driver`,
        message: `the ${driver} inputs of ${metric.id} sum to 0 over the units to allocate`,
      });
    } else parts.push({ driver, weight, shares });
  }
  if (result.problems.length > 0) return result;
  const blended = blendShares(parts, free.length);

  // Step 3: ramp.
  const ramps = free.map((i) => ctx.ramps[i]!);
  const ramped = applyRamp(method.ramp, total, blended, ramps);
  if (ramped.gapUncarried)
    result.warnings.push({ code: 'ramp_gap_unassigned', amount: tidy(ramped.unassigned) });

  // Step 5: growth guardrails.
  const limits: GrowthLimit[] = free.map((i) =>
    growthLimit(units[i]!.history?.[metric.id] ?? 0, method.growth),
  );
  const guarded = applyGuardrails(ramped.values, limits);
  if (guarded.infeasible)
    result.warnings.push({ code: 'growth_infeasible', amount: tidy(guarded.leftover) });

  // Step 6: round the allocated sum to whole steps, then each unit by largest remainder.
  const exact = guarded.values.map((v) => steps.toSteps(v));
  let exactSum = 0;
  for (const x of exact) exactSum += x;
  const allocated = Math.round(exactSum);
  const bounds = {
    lo: limits.map((l) => (l.lo === null ? 0 : Math.max(0, Math.ceil(steps.toSteps(l.lo) - 1e-9)))),
    hi: limits.map((l) => (l.hi === null ? Infinity : Math.floor(steps.toSteps(l.hi) + 1e-9))),
  };
  const rounded = largestRemainder(exact, allocated, bounds);

  free.forEach((i, k) => {
    result.steps[i] = rounded[k]!;
    const terms = result.terms[i]!;
    for (const part of parts)
      terms.push({
        term: 'share',
        driver: part.driver,
        weight: tidy(part.weight),
        value: tidy(part.shares[k]!),
      });
    terms.push({
      term: 'base',
      share: tidy(blended[k]!),
      of: total,
      value: tidy(total * blended[k]!),
    });
    if (ramped.anyRamping && (method.ramp === 'normalize' || ramps[k]! < 1))
      terms.push({
        term: 'ramp',
        mode: method.ramp,
        value: ramps[k]!,
        delta: tidy(ramped.rampDelta[k]!),
      });
    if (isMoved(ramped.gapDelta[k]!, steps))
      terms.push({ term: 'gap', value: tidy(ramped.gapDelta[k]!) });
    if (isMoved(guarded.respreadDelta[k]!, steps))
      terms.push({ term: 'respread', value: tidy(guarded.respreadDelta[k]!) });
    const side = guarded.clamped[k];
    if (side) {
      const limit = limits[k]!;
      terms.push({
        term: 'clamp',
        bound: side,
        growth: (side === 'max' ? method.growth.max : method.growth.min)!,
        history: units[i]!.history?.[metric.id] ?? 0,
        value: tidy((side === 'max' ? limit.hi : limit.lo)!),
        delta: tidy(guarded.clampDelta[k]!),
      });
    }
    const roundingDelta = steps.fromSteps(rounded[k]!) - guarded.values[k]!;
    if (isMoved(roundingDelta, steps)) terms.push({ term: 'rounding', value: tidy(roundingDelta) });
  });
  return { ...result, unassignedSteps: remainingSteps - allocated };
}
