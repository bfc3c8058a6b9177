import { describe, expect, it } from 'vitest';
import { computePlan } from './compute-plan.ts';
import type { PlanInput } from './plan-input.ts';
import type { PlanResult } from './plan-result.ts';
import { remainingFractions, revisePlan } from './revise-plan.ts';

const INPUT: PlanInput = {
  format: 'allot.plan/1',
  period: { start: '2026-04-01', end: '2026-06-30', split: 'month' },
  metrics: [{ id: 'visits', name: '拜访次数', kind: 'count', target: 900, precision: 1 }],
  teams: [{ id: 'east', name: '华东', targets: { visits: 600 } }],
  units: [
    { id: 'A', name: '张伟', team: 'east' },
    { id: 'B', name: '王芳', team: 'east' },
    { id: 'C', name: '刘洋' },
  ],
};

function published(): PlanResult {
  const outcome = computePlan(INPUT, 'zh-CN');
  if (!outcome.ok) throw new Error('the fixture plan must compute');
  return outcome.result;
}

const periodsOf = (result: PlanResult, unit: string) =>
  result.targets.find((t) => t.unit === unit)?.periods.map((p) => p.value);

describe('plan revisions', () => {
  it('counts the sub-periods still ahead, the current one by its days left', () => {
    expect(
      remainingFractions(
        ['2026-04', '2026-05', '2026-06'],
        '2026-04-01',
        '2026-06-30',
        '2026-05-16',
      ),
    ).toEqual([0, 16 / 31, 1]);
    expect(remainingFractions(['2026-Q2'], '2026-04-01', '2026-06-30', '2026-04-01')).toEqual([1]);
  });

  it('moves what a leaving rep holds from the date to a colleague, keeping the total', () => {
    const outcome = revisePlan(
      INPUT,
      published(),
      {
        effectiveFrom: '2026-05-16',
        metric: 'visits',
        from: 'A',
        to: ['B'],
        keepTotal: true,
        comment: '张伟离职',
      },
      [],
      'zh-CN',
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    // A keeps April (100) and 15 of May's 31 days: 100 − floor(100 × 16/31) = 49.
    expect(periodsOf(outcome.result, 'A')).toEqual([100, 49, 0]);
    expect(periodsOf(outcome.result, 'B')).toEqual([100, 151, 200]);
    expect(periodsOf(outcome.result, 'C')).toEqual([100, 100, 100]);
    expect(outcome.moved).toEqual({ A: -151, B: 151 });
    const total = outcome.result.targets.reduce((sum, t) => sum + t.value, 0);
    expect(total).toBe(900);
    const a = outcome.result.targets.find((t) => t.unit === 'A')!;
    expect(a.terms.at(-1)).toEqual({
      term: 'adjustment',
      value: 149,
      comment: '自 2026-05-16 起：张伟离职',
    });
    expect(a.text).toContain('经理调整为 149（自 2026-05-16 起：张伟离职）');
    expect(outcome.result.rollup).toEqual([
      { team: 'east', metric: 'visits', value: 600, target: 600, overAssignment: 0 },
    ]);
  });

  it('shares between receivers by what they hold, and welcomes a rep who joins', () => {
    const outcome = revisePlan(
      INPUT,
      published(),
      {
        effectiveFrom: '2026-05-16',
        metric: 'visits',
        from: 'A',
        to: ['B', 'C', 'D'],
        keepTotal: true,
        comment: '区域调整',
      },
      [{ id: 'D', name: '新人', team: 'east' }],
      'en',
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    // B and C hold 151.6 each from the date, D nothing: 151 → 76 and 75, D 0.
    expect(periodsOf(outcome.result, 'B')).toEqual([100, 126, 150]);
    expect(periodsOf(outcome.result, 'C')).toEqual([100, 125, 150]);
    expect(periodsOf(outcome.result, 'D')).toEqual([0, 0, 0]);
    expect(outcome.input.units.map((u) => u.id)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('relieves part of a target and lowers the total, or refuses what does not fit', () => {
    const outcome = revisePlan(
      INPUT,
      published(),
      {
        effectiveFrom: '2026-05-16',
        metric: 'visits',
        from: 'A',
        to: [],
        amount: 50,
        keepTotal: false,
        comment: '休产假',
      },
      [],
      'zh-CN',
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(periodsOf(outcome.result, 'A')).toEqual([100, 83, 67]);
    expect(outcome.input.metrics[0]!.target).toBe(850);
    expect(outcome.result.rollup[0]).toMatchObject({ value: 550, overAssignment: -0.0833 });

    const refused = revisePlan(
      INPUT,
      published(),
      {
        effectiveFrom: '2026-07-01',
        metric: 'visits',
        from: 'A',
        to: ['A'],
        amount: 500,
        keepTotal: true,
        comment: 'x',
      },
      [],
      'zh-CN',
    );
    expect(refused.ok ? [] : refused.problems.map((p) => p.path)).toEqual([
      'effectiveFrom',
      'to[0]',
    ]);
    const tooMuch = revisePlan(
      INPUT,
      published(),
      {
        effectiveFrom: '2026-06-01',
        metric: 'visits',
        from: 'A',
        to: ['B'],
        amount: 101,
        keepTotal: true,
        comment: 'x',
      },
      [],
      'zh-CN',
    );
    expect(tooMuch.ok ? [] : tooMuch.problems.map((p) => p.path)).toEqual(['amount']);
  });
});
