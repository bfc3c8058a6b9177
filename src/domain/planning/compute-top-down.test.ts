import { describe, expect, it } from 'vitest';
import { computePlan } from './compute-plan.ts';
import { computeTopDown } from './compute-top-down.ts';
import type { PlanInput } from './plan-input.ts';
import type { PlanResult } from './plan-result.ts';

/** 华东 ⊃ 上海 (A, B) and C in 华东 itself; 华南 has D; E is in no team. */
const INPUT: PlanInput = {
  format: 'allot.plan/1',
  period: { start: '2026-04-01', end: '2026-06-30', split: 'quarter' },
  metrics: [{ id: 'revenue', kind: 'amount', target: 1000, precision: 1 }],
  teams: [
    { id: 'east', name: '华东' },
    { id: 'sh', name: '上海', parent: 'east' },
    { id: 'south', name: '华南' },
  ],
  units: [
    { id: 'A', team: 'sh', history: { revenue: 30 } },
    { id: 'B', team: 'sh', history: { revenue: 10 } },
    { id: 'C', team: 'east', history: { revenue: 0 } },
    { id: 'D', team: 'south', history: { revenue: 40 } },
    { id: 'E', history: { revenue: 20 } },
  ],
};

const run = (input: PlanInput): PlanResult => {
  const outcome = computeTopDown(input, 'zh-CN');
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.result;
};
const values = (result: PlanResult) =>
  Object.fromEntries(result.targets.map((t) => [t.unit, t.value]));
const rollupOf = (result: PlanResult) =>
  Object.fromEntries(result.rollup.map((r) => [r.team, [r.value, r.target, r.overAssignment]]));

describe('top-down planning', () => {
  it('splits level by level: company → teams → sub-teams → reps', () => {
    const result = run(INPUT);
    // Even at each level: 华东, 华南, E a third each; 华东 → 上海 and C halves; 上海 → A and B.
    expect(values(result)).toEqual({ A: 84, B: 83, C: 167, D: 333, E: 333 });
    expect(Object.values(values(result)).reduce((a, b) => a + b, 0)).toBe(1000);
    expect(rollupOf(result)).toEqual({
      east: [334, 334, 0],
      sh: [167, 167, 0],
      south: [333, 333, 0],
    });
    // A rep's number follows from its team's share, not the company's.
    const a = result.targets.find((t) => t.unit === 'A')!;
    expect(a.terms.find((t) => t.term === 'base')).toMatchObject({ share: 0.5, of: 167 });
  });

  it('splits each level by its own method, the plan’s where a level has none', () => {
    const result = run({
      ...INPUT,
      levelMethods: [null, { drivers: [{ driver: 'history', weight: 1 }] }],
    });
    // Company even (华东 334, 华南 333, E 333); 华东 by history: 上海 has all of it (40 vs 0);
    // 上海 by the plan's method again, even.
    expect(values(result)).toEqual({ A: 167, B: 167, C: 0, D: 333, E: 333 });
    const c = result.targets.find((t) => t.unit === 'C')!;
    expect(c.terms.find((t) => t.term === 'share')).toMatchObject({ driver: 'history', value: 0 });
  });

  it('gives the same numbers as the direct split when the driver adds up across levels', () => {
    const byHistory: PlanInput = {
      ...INPUT,
      method: { drivers: [{ driver: 'history', weight: 1 }] },
    };
    const direct = computePlan(byHistory, 'zh-CN');
    if (!direct.ok) throw new Error('direct must compute');
    // C has no history: its level (华东) still has 上海's, so the split works.
    expect(values(run(byHistory))).toEqual(values(direct.result));
    expect(values(run(byHistory))).toEqual({ A: 300, B: 100, C: 0, D: 400, E: 200 });
  });

  it('holds a team at its own target and shows over-assignment at its parent', () => {
    const withTargets: PlanInput = {
      ...INPUT,
      teams: [
        { id: 'east', name: '华东' },
        { id: 'sh', name: '上海', parent: 'east', targets: { revenue: 300 } },
        { id: 'south', name: '华南', targets: { revenue: 500 } },
      ],
    };
    const result = run(withTargets);
    // 华南 fixed at 500; 华东 and E share the other 500; 上海 asks 300 of 华东's 250.
    expect(values(result)).toEqual({ A: 150, B: 150, C: 0, D: 500, E: 250 });
    expect(rollupOf(result)).toEqual({
      east: [300, 250, 0.2],
      sh: [300, 300, 0],
      south: [500, 500, 0],
    });
    expect(result.unassigned).toEqual({ revenue: -50 });
    expect(result.warnings.map((w) => w.code)).toContain('adjustments_exceed_target');
  });

  it('names the level where a split cannot be made', () => {
    const noHistory: PlanInput = {
      ...INPUT,
      method: { drivers: [{ driver: 'history', weight: 1 }] },
      units: INPUT.units.map((u) => (u.team === 'sh' ? { ...u, history: { revenue: 0 } } : u)),
    };
    const outcome = computeTopDown(noHistory, 'zh-CN');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]!.path).toMatch(/^teams\.east: /);
  });
});
