/**
 * Invariants of computePlan over many random plans (seeded, so a failure reproduces):
 * targets sum exactly to the allocated total, sub-periods to their target, every value is a
 * whole step of precision, and no unit is outside its growth bounds unless a warning says so.
 */
import { describe, expect, it } from 'vitest';
import { createPrng, type Prng } from '../demo/prng.ts';
import { computePlan } from './compute-plan.ts';
import { growthLimit } from './guardrails.ts';
import { effectiveMethod, type PlanInput, type PlanMetric, type PlanUnit } from './plan-input.ts';
import type { PlanResult } from './plan-result.ts';
import { stepsOf } from './rounding.ts';

const PRECISIONS = [0.01, 0.05, 1, 100];

function randomPlan(rng: Prng): PlanInput {
  const n = rng.int(1, 25);
  const metrics: PlanMetric[] = Array.from({ length: rng.int(1, 3) }, (_, m) => {
    const precision = rng.pick(PRECISIONS);
    return {
      id: `m${m}`,
      kind: rng.pick(['amount', 'count'] as const),
      precision,
      target: rng.int(0, 200_000) * precision,
    };
  });
  const units: PlanUnit[] = Array.from({ length: n }, (_, i) => ({
    id: `U${i}`,
    team: rng.pick(['t1', 't2', null]),
    ...(rng.chance(0.3) ? { ramp: rng.pick([0.25, 0.5, 0.75]) } : {}),
    ...(rng.chance(0.3) ? { hiredOn: `2025-${String(rng.int(1, 12)).padStart(2, '0')}-15` } : {}),
    history: Object.fromEntries(
      metrics.filter(() => rng.chance(0.8)).map((m) => [m.id, rng.int(0, 5000) * m.precision]),
    ),
    pipeline: Object.fromEntries(metrics.map((m) => [m.id, rng.float(0, 1000)])),
    potential: rng.chance(0.5)
      ? rng.float(0, 100)
      : { customers: rng.int(0, 200), competition: rng.float(0, 1) },
  }));
  const adjustments = units
    .filter(() => rng.chance(0.1))
    .map((u) => {
      const metric = rng.pick(metrics);
      return {
        unit: u.id,
        metric: metric.id,
        value: Math.round(metric.target / n / metric.precision) * metric.precision,
        comment: '调整',
      };
    });
  const seen = new Set<string>();
  return {
    format: 'allot.plan/1',
    period: {
      start: '2026-01-01',
      end: '2026-12-31',
      split: rng.pick(['month', 'quarter', 'none'] as const),
    },
    metrics,
    teams: [
      { id: 't1', parent: null, targets: { m0: 1000 } },
      { id: 't2', parent: 't1' },
    ],
    units,
    potentialFactors: { customers: 0.8, competition: -0.2 },
    method: {
      drivers: [
        { driver: 'even', weight: rng.float(0.1, 1) },
        {
          driver: rng.pick(['history', 'potential', 'pipeline'] as const),
          weight: rng.float(0, 1),
        },
      ],
      ramp: rng.pick(['normalize', 'protect', 'protect_hold'] as const),
      rampCurve: [0.3, 0.6, 1],
      growth: rng.chance(0.7)
        ? { min: rng.chance(0.5) ? rng.float(-0.5, 0) : null, max: rng.float(0, 0.6) }
        : null,
    },
    adjustments: adjustments.filter((a) => {
      const key = `${a.unit}/${a.metric}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}

function plan(input: PlanInput): PlanResult | null {
  const outcome = computePlan(input);
  // A random plan may ask for a driver whose inputs are all 0: that is an input error.
  if (!outcome.ok) {
    for (const p of outcome.problems) expect(p.message).toMatch(/sum to 0/);
    return null;
  }
  return outcome.result;
}

describe('computePlan invariants', () => {
  const seeds = Array.from({ length: 150 }, (_, i) => i + 1);

  it.each(seeds)('seed %i', (seed) => {
    const input = randomPlan(createPrng(seed, 'plan'));
    const result = plan(input);
    if (!result) return;
    input.metrics.forEach((metric, m) => {
      const steps = stepsOf(metric.precision);
      const targets = result.targets.filter((t) => t.metric === metric.id);
      expect(targets).toHaveLength(input.units.length);
      let sum = 0;
      for (const t of targets) {
        expect(steps.isWhole(t.value)).toBe(true);
        expect(t.value).toBeGreaterThanOrEqual(0);
        const whole = steps.nearest(t.value);
        sum += whole;
        expect(t.periods.reduce((a, p) => a + steps.nearest(p.value), 0)).toBe(whole);
      }
      // Values sum exactly to the allocated total: the target less what is reported unassigned.
      expect(sum + steps.nearest(result.unassigned[metric.id]!)).toBe(steps.nearest(metric.target));

      const warned = new Set(
        result.warnings.filter((w) => w.metric === metric.id).map((w) => w.code),
      );
      const held = input.method?.ramp === 'protect_hold';
      if (
        (!held && warned.size === 0) ||
        (warned.size === 1 && warned.has('unfair_difficulty') && !held)
      )
        expect(result.unassigned[metric.id]).toBe(0);

      const growth = effectiveMethod(input, m).growth;
      const infeasible = warned.has('growth_infeasible');
      input.units.forEach((unit, i) => {
        const limit = growthLimit(unit.history?.[metric.id] ?? 0, growth);
        const value = targets[i]!.value;
        const adjustedOutside = result.warnings.some(
          (w) =>
            w.code === 'adjusted_outside_growth' && w.metric === metric.id && w.unit === unit.id,
        );
        if (infeasible || adjustedOutside) return;
        if (limit.hi !== null) expect(value).toBeLessThanOrEqual(limit.hi + 1e-9);
        if (limit.lo !== null) expect(value).toBeGreaterThanOrEqual(limit.lo - 1e-9);
      });
    });
    expect(computePlan(input)).toEqual({ ok: true, result });
  });
});
