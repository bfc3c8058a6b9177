import { describe, expect, it } from 'vitest';
import { computePlan } from './compute-plan.ts';
import { aMetric, aPlan, aUnit, specExample } from './plan-fixtures.test-support.ts';
import type { PlanInput } from './plan-input.ts';
import type { PlanResult, UnitTarget } from './plan-result.ts';

function planOf(input: PlanInput, locale: 'zh-CN' | 'en' = 'zh-CN'): PlanResult {
  const outcome = computePlan(input, locale);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.result;
}
const target = (r: PlanResult, unit: string, metric = 'revenue'): UnitTarget =>
  r.targets.find((t) => t.unit === unit && t.metric === metric)!;
const values = (r: PlanResult, metric = 'revenue') =>
  Object.fromEntries(r.targets.filter((t) => t.metric === metric).map((t) => [t.unit, t.value]));
const kinds = (t: UnitTarget) => t.terms.map((term) => term.term);

describe('computePlan — the example of the spec', () => {
  const result = planOf(specExample());

  it('blends potential and history, ramps the new hire and re-normalises', () => {
    // s = ½·P/ΣP + ½·H/ΣH: A .472222, B .261111, C .266667; B ramps 0.5 (1 month since hire).
    // Σ s·r = .869444 → A 543.1310, B 150.1597, C 306.7093; cents: B and C take the 2 left.
    expect(values(result)).toEqual({ A: 543.13, B: 150.16, C: 306.71 });
    expect(values(result, 'new_customers')).toEqual({ A: 12, B: 6, C: 12 });
    expect(result.unassigned).toEqual({ revenue: 0, new_customers: 0 });
  });

  it('lists every step of a target in order', () => {
    const a = target(result, 'A');
    expect(a.terms).toEqual([
      { term: 'share', driver: 'potential', weight: 0.5, value: 0.5 },
      { term: 'share', driver: 'history', weight: 0.5, value: 0.444444 },
      { term: 'base', share: 0.472222, of: 1000, value: 472.222222 },
      { term: 'ramp', mode: 'normalize', value: 1, delta: 70.908768 },
      { term: 'rounding', value: -0.00099 },
    ]);
    expect(kinds(target(result, 'B'))).toEqual(['share', 'share', 'base', 'ramp', 'rounding']);
    expect(target(result, 'B').terms[3]).toMatchObject({ term: 'ramp', value: 0.5 });
  });

  it('splits each target by quarter and seasonality, summing exactly', () => {
    expect(target(result, 'A').periods.map((p) => [p.label, p.value])).toEqual([
      ['2026-Q1', 108.63],
      ['2026-Q2', 135.78],
      ['2026-Q3', 135.78],
      ['2026-Q4', 162.94],
    ]);
    // 6 new customers × [.2 .25 .25 .3] = 1.2 1.5 1.5 1.8 → Q4, then the earlier of the .5 ties.
    expect(target(result, 'B', 'new_customers').periods.map((p) => p.value)).toEqual([1, 2, 1, 2]);
  });

  it('back-calculates the funnel for the amount metric only, per unit and per quarter', () => {
    // ⌈543.13/50⌉ = 11 deals, ⌈11/.25⌉ = 44 opportunities, ⌈44/.3⌉ = 147 leads, 44·3 = 132 visits.
    expect(target(result, 'A').derived).toEqual({
      wonDeals: 11,
      opportunities: 44,
      leads: 147,
      visits: 132,
    });
    expect(target(result, 'A').periods[0]!.derived).toEqual({
      wonDeals: 3,
      opportunities: 12,
      leads: 40,
      visits: 36,
    });
    expect(target(result, 'A', 'new_customers').derived).toBeUndefined();
  });

  it('rolls the team up and reports its over-assignment', () => {
    // east = A + B = 693.29 against 600.
    expect(result.rollup).toEqual([
      { team: 'east', metric: 'revenue', value: 693.29, target: 600, overAssignment: 0.1555 },
      { team: 'east', metric: 'new_customers', value: 18 },
    ]);
  });

  it('measures fairness and flags the unit asked the most for its potential', () => {
    // difficulty = Q / (P·r): A 543.13/50 = 10.8626, B 150.16/15 = 10.0107, C 306.71/20 = 15.3355.
    expect(result.fairness.revenue).toMatchObject({
      difficulty: { A: 10.8626, B: 10.0107, C: 15.3355 },
      relativeDifficulty: { A: 0.9, B: 0.8294, C: 1.2706 },
      flagged: ['C'],
    });
    expect(result.warnings.map((w) => [w.code, w.metric, w.units])).toEqual([
      ['unfair_difficulty', 'revenue', ['C']],
      ['unfair_difficulty', 'new_customers', ['C']],
    ]);
  });

  it('writes the explanation in Chinese by default and in English on request', () => {
    expect(target(result, 'A').text).toBe(
      '张伟 · 销售额目标 543.13 CNY：按市场潜力占 50%（权重 50%）；按历史业绩占 44.4%（权重 50%）；' +
        '综合份额 47.2%，即 1000 中的 472.22；爬坡系数 1（按比例重新分摊）：+70.91；取整 −0.00099；' +
        '按季节性权重分解到 4 个季度；' +
        '需赢单 11 个、商机 44 个、线索 147 条、拜访 132 次。',
    );
    const en = planOf(specExample(), 'en');
    expect(target(en, 'B').text).toBe(
      '李娜 · 销售额 target 150.16 CNY: 30% by potential (weight 50%); 22.2% by history (weight 50%); ' +
        'blended share 26.1% of 1000 = 261.11; ramp factor 0.5 (shares re-normalised): −110.95; ' +
        'rounding +0.00026; spread over 4 quarters by seasonality; ' +
        'needs 4 won deals, 16 opportunities, 54 leads, 48 visits.',
    );
    expect(en.warnings[0]!.text).toBe(
      '销售额: relative difficulty above 1.2 — a high target for the potential — for 王强.',
    );
  });

  it('is deterministic', () => {
    expect(planOf(specExample())).toEqual(result);
  });
});

describe('computePlan — interactions of the steps', () => {
  const even = { drivers: [{ driver: 'even' as const, weight: 1 }] };

  it('adjustments are fixed first; guardrails then work on the rest and may leave some over', () => {
    // A fixed at 500; 500 over B, C evenly = 250 each. C's cap 150 → +100 to B = 350;
    // B's cap 300 → nobody left to take 50: growth_infeasible, 50 unassigned.
    const result = planOf(
      aPlan({
        units: [
          aUnit('A', { history: { revenue: 400 } }),
          aUnit('B', { history: { revenue: 200 } }),
          aUnit('C', { history: { revenue: 100 } }),
        ],
        method: { ...even, growth: { min: null, max: 0.5 } },
        adjustments: [{ unit: 'A', metric: 'revenue', value: 500, comment: '续约大单已确认' }],
      }),
    );
    expect(values(result)).toEqual({ A: 500, B: 300, C: 150 });
    expect(result.unassigned).toEqual({ revenue: 50 });
    expect(target(result, 'A').terms).toEqual([
      { term: 'adjustment', value: 500, comment: '续约大单已确认' },
    ]);
    expect(target(result, 'B').terms).toEqual([
      { term: 'share', driver: 'even', weight: 1, value: 0.5 },
      { term: 'base', share: 0.5, of: 500, value: 250 },
      { term: 'respread', value: 100 },
      { term: 'clamp', bound: 'max', growth: 0.5, history: 200, value: 300, delta: -50 },
    ]);
    expect(kinds(target(result, 'C'))).toEqual(['share', 'base', 'clamp']);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'growth_infeasible', metric: 'revenue', amount: 50 }),
    ]);
    expect(result.warnings[0]!.text).toBe(
      '销售额：所有成员都已达增长上下限，仍有 50 无法分配，请调整目标或增长范围。',
    );
  });

  it('protect: the ramp gap goes to the ramped units, whose caps send part of it back', () => {
    // Even 300 each; N ramps 0.5 → 150; gap 150 → A, B +75 = 375 > cap 360 (300 × 1.2);
    // both clamped, the 30 over goes to N (no history, no cap): 180.
    const result = planOf(
      aPlan({
        metrics: [aMetric({ target: 900 })],
        units: [
          aUnit('A', { history: { revenue: 300 } }),
          aUnit('B', { history: { revenue: 300 } }),
          aUnit('N', { ramp: 0.5 }),
        ],
        method: { ...even, ramp: 'protect', growth: { max: 0.2 } },
      }),
    );
    expect(values(result)).toEqual({ A: 360, B: 360, N: 180 });
    expect(kinds(target(result, 'A'))).toEqual(['share', 'base', 'gap', 'clamp']);
    expect(target(result, 'N').terms.slice(2)).toEqual([
      { term: 'ramp', mode: 'protect', value: 0.5, delta: -150 },
      { term: 'respread', value: 30 },
    ]);
    expect(result.unassigned).toEqual({ revenue: 0 });
  });

  it('protect_hold: the gap is reported as unassigned, and the hire date sets the ramp', () => {
    const result = planOf(
      aPlan({
        units: [aUnit('A'), aUnit('N', { hiredOn: '2025-12-01' })],
        method: { ...even, ramp: 'protect_hold', rampCurve: [0.25, 0.5, 1] },
      }),
    );
    // N: 1 month → 0.5 → 250; the other 250 is held.
    expect(values(result)).toEqual({ A: 500, N: 250 });
    expect(result.unassigned).toEqual({ revenue: 250 });
    expect(kinds(target(result, 'A'))).toEqual(['share', 'base']);
  });

  it('rounding keeps a clamped unit within its cap and gives the step to the next unit', () => {
    // Potential 3:1 → A 7.5 > cap 5.6 (4 × 1.4) → 5.6, B 4.4. Largest remainder would give A
    // the step (.6 > .4), but 6 would pass the cap: B takes it.
    const result = planOf(
      aPlan({
        metrics: [aMetric({ target: 10 })],
        units: [
          aUnit('A', { history: { revenue: 4 }, potential: 3 }),
          aUnit('B', { potential: 1 }),
        ],
        method: { drivers: [{ driver: 'potential', weight: 1 }], growth: { max: 0.4 } },
      }),
    );
    expect(values(result)).toEqual({ A: 5, B: 5 });
    expect(target(result, 'A').terms.at(-1)).toEqual({ term: 'rounding', value: -0.6 });
  });

  it('a per-metric method overrides the plan’s drivers but keeps its ramp and growth', () => {
    const result = planOf(
      aPlan({
        metrics: [aMetric({ id: 'calls', kind: 'count', target: 90, method: even })],
        units: [aUnit('A', { history: { calls: 10 } }), aUnit('B', { history: { calls: 80 } })],
        method: { drivers: [{ driver: 'history', weight: 1 }], growth: { max: 1 } },
      }),
    );
    // Even 45/45; A capped at 20 → B 70.
    expect(values(result, 'calls')).toEqual({ A: 20, B: 70 });
  });

  it('pipeline and potential factors drive shares; the driver weights are normalised', () => {
    const result = planOf(
      aPlan({
        metrics: [aMetric({ target: 100 })],
        units: [
          aUnit('A', { pipeline: { revenue: 30 }, potential: { customers: 30 } }),
          aUnit('B', { pipeline: { revenue: 10 }, potential: { customers: 10 } }),
        ],
        potentialFactors: { customers: 1 },
        method: {
          drivers: [
            { driver: 'pipeline', weight: 3 },
            { driver: 'even', weight: 1 },
          ],
        },
      }),
    );
    // ¾ · (.75, .25) + ¼ · (.5, .5) = (.6875, .3125) → 68.75 → 69 / 31.25 → 31.
    expect(values(result)).toEqual({ A: 69, B: 31 });
    // Potential index: 30/20 = 1.5 and 10/20 = 0.5; difficulty 69/1.5 = 46, 31/.5 = 62.
    expect(result.fairness.revenue!.difficulty).toEqual({ A: 46, B: 62 });
  });

  it('adjustments above the target leave the others at 0 and report the excess', () => {
    const result = planOf(
      aPlan({
        units: [aUnit('A'), aUnit('B')],
        adjustments: [{ unit: 'A', metric: 'revenue', value: 1200, comment: '战略客户' }],
      }),
    );
    expect(values(result)).toEqual({ A: 1200, B: 0 });
    expect(result.unassigned).toEqual({ revenue: -200 });
    expect(result.warnings[0]).toMatchObject({ code: 'adjustments_exceed_target', amount: 200 });
  });

  it('warns when every unit is adjusted and the target is not met', () => {
    const result = planOf(
      aPlan({
        units: [aUnit('A')],
        adjustments: [{ unit: 'A', metric: 'revenue', value: 900, comment: '人员调整' }],
      }),
    );
    expect(result.unassigned).toEqual({ revenue: 100 });
    expect(result.warnings[0]).toMatchObject({ code: 'no_units_left', amount: 100 });
  });

  it('warns about an adjusted value outside the unit’s growth bounds', () => {
    const result = planOf(
      aPlan({
        units: [aUnit('A', { history: { revenue: 100 } }), aUnit('B')],
        method: { growth: { max: 0.5 } },
        adjustments: [{ unit: 'A', metric: 'revenue', value: 200, comment: '新产品线' }],
      }),
    );
    expect(result.warnings.map((w) => [w.code, w.unit])).toEqual([
      ['adjusted_outside_growth', 'A'],
    ]);
  });

  it('refuses a driver whose inputs sum to 0, at the driver’s path', () => {
    const outcome = computePlan(
      aPlan({
        metrics: [
          aMetric(),
          aMetric({ id: 'calls', method: { drivers: [{ driver: 'pipeline', weight: 1 }] } }),
        ],
        method: {
          drivers: [
            { driver: 'even', weight: 1 },
            { driver: 'history', weight: 1 },
          ],
        },
      }),
    );
    expect(outcome).toEqual({
      ok: false,
      problems: [
        {
          path: 'method.drivers[1].driver',
          message: 'the history inputs of revenue sum to 0 over the units to allocate',
        },
        {
          path: 'metrics[1].method.drivers[0].driver',
          message: 'the pipeline inputs of calls sum to 0 over the units to allocate',
        },
      ],
    });
  });

  it('splits by month with flat weights by default, labelled by the calendar', () => {
    const result = planOf(
      aPlan({
        period: { start: '2026-01-01', end: '2026-12-31' },
        metrics: [aMetric({ target: 100 })],
        units: [aUnit('A')],
      }),
    );
    expect(target(result, 'A').periods.map((p) => p.value)).toEqual([
      9, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8,
    ]);
    expect(target(result, 'A').periods[0]!.label).toBe('2026-01');
  });

  it('takes a unit’s own funnel over the plan’s, field by field', () => {
    const result = planOf(
      aPlan({
        metrics: [aMetric({ target: 200 })],
        units: [aUnit('A', { funnel: { winRate: 0.5 } }), aUnit('B')],
        funnel: { avgDeal: 50, winRate: 0.25, oppPerLead: 0.5, visitsPerOpp: 2 },
      }),
    );
    expect(target(result, 'A').derived).toEqual({
      wonDeals: 2,
      opportunities: 4,
      leads: 8,
      visits: 8,
    });
    expect(target(result, 'B').derived).toEqual({
      wonDeals: 2,
      opportunities: 8,
      leads: 16,
      visits: 16,
    });
  });
});
