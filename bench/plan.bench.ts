/**
 * computePlan() on a company-sized plan: 10,000 reps in 100 teams × 10 metrics × 12 months,
 * with blended drivers, potential factors, ramp from hire dates, growth guardrails, a few
 * adjustments, funnel and fairness, texts included (goal: under 1 s in process). Reference:
 * a plain equal split of the same size, rounded by largest remainder per metric and per month,
 * measured in the same run.
 */
import { createPrng } from '../src/domain/demo/prng.ts';
import { computePlan } from '../src/domain/planning/compute-plan.ts';
import type { PlanInput, PlanMetric, PlanUnit } from '../src/domain/planning/plan-input.ts';
import { largestRemainder, stepsOf } from '../src/domain/planning/rounding.ts';
import {
  seasonWeights,
  splitBySeason,
  subPeriodLabels,
} from '../src/domain/planning/seasonality.ts';
import type { BenchRow } from './run.ts';

const REPS = 10_000;
const METRICS = 10;

export function planInput(): PlanInput {
  const rng = createPrng(3, 'plan-bench');
  const metrics: PlanMetric[] = Array.from({ length: METRICS }, (_, m) => ({
    id: `m${m}`,
    name: `指标${m}`,
    kind: m < 4 ? 'amount' : 'count',
    unit: m < 4 ? 'CNY' : undefined,
    precision: m < 4 ? 0.01 : 1,
    target: m < 4 ? 500_000_000 : 100_000,
  }));
  const units: PlanUnit[] = Array.from({ length: REPS }, (_, i) => ({
    id: `R${i}`,
    name: `销售${i}`,
    team: `T${i % 100}`,
    hiredOn: `20${rng.int(18, 25)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    history: Object.fromEntries(
      metrics.map((m) => [
        m.id,
        rng.chance(0.9) ? Math.round((m.target / REPS) * rng.float(0.3, 1.7)) : 0,
      ]),
    ),
    potential: {
      customers: rng.int(10, 400),
      maturity: rng.float(0, 1),
      competition: rng.float(0, 1),
    },
    pipeline: { m0: rng.int(0, 100_000) },
  }));
  return {
    format: 'allot.plan/1',
    period: { start: '2026-01-01', end: '2026-12-31', split: 'month' },
    seasonality: [6, 6, 8, 8, 8, 9, 8, 8, 9, 9, 9, 12],
    metrics,
    teams: Array.from({ length: 100 }, (_, t) => ({
      id: `T${t}`,
      parent: t < 10 ? null : `T${t % 10}`,
      targets: { m0: 5_000_000 },
    })),
    units,
    potentialFactors: { customers: 0.6, maturity: 0.3, competition: -0.1 },
    method: {
      drivers: [
        { driver: 'potential', weight: 0.4 },
        { driver: 'history', weight: 0.4 },
        { driver: 'even', weight: 0.2 },
      ],
      ramp: 'normalize',
      rampCurve: [0.25, 0.5, 0.75, 1],
      growth: { min: -0.2, max: 0.5 },
    },
    adjustments: Array.from({ length: 50 }, (_, k) => ({
      unit: `R${k * 7}`,
      metric: 'm0',
      value: 60_000,
      comment: '经理确认',
    })),
    funnel: { avgDeal: 20_000, winRate: 0.25, oppPerLead: 0.3, visitsPerOpp: 3, metric: 'm0' },
  };
}

/** Equal split per metric, rounded, then by month: the least work any plan must do. */
function equalSplit(input: PlanInput): number {
  const labels = subPeriodLabels(input.period.start, input.period.end, 'month');
  const weights = seasonWeights(input.seasonality, labels.length);
  let cells = 0;
  for (const metric of input.metrics) {
    const steps = stepsOf(metric.precision);
    const total = steps.nearest(metric.target);
    const n = input.units.length;
    const parts = largestRemainder(new Array<number>(n).fill(total / n), total);
    const targets = parts.map((p, i) => ({
      unit: input.units[i]!.id,
      value: steps.fromSteps(p),
      periods: splitBySeason(p, weights).map((s, t) => ({
        label: labels[t]!,
        value: steps.fromSteps(s),
      })),
    }));
    cells += targets.length * labels.length;
  }
  return cells;
}

function best(work: () => void, runs = 5): number {
  work();
  let min = Infinity;
  for (let k = 0; k < runs; k += 1) {
    const started = performance.now();
    work();
    min = Math.min(min, performance.now() - started);
  }
  return min;
}

export async function run(): Promise<BenchRow> {
  const input = planInput();
  const plan = best(() => {
    const outcome = computePlan(input);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems.slice(0, 3)));
  });
  const reference = best(() => {
    if (equalSplit(input) !== REPS * METRICS * 12) throw new Error('unreachable');
  });
  return {
    what: 'computePlan(), rounded, with texts',
    size: '10,000 reps × 10 metrics × 12 months',
    figure: `${plan.toFixed(0)} ms`,
    reference: `equal split + rounding ${reference.toFixed(0)} ms`,
    ratio: plan / reference,
  };
}
