import { describe, expect, it } from 'vitest';
import { coefficientOfVariation, fairnessOf, gini } from './fairness.ts';

describe('fairness', () => {
  it('difficulty Q/(P·r), relative to the mean, flags above 1.2; CV and Gini of Q', () => {
    const f = fairnessOf(['A', 'B'], [100, 200], [10, 10], [1, 1]);
    expect(f).toEqual({
      difficulty: { A: 10, B: 20 },
      relativeDifficulty: { A: 0.6667, B: 1.3333 },
      cv: 0.3333, // σ 50 / mean 150
      gini: 0.1667, // (|100−200| · 2) / (2 · 2² · 150)
      flagged: ['B'],
    });
  });

  it('a ramping unit’s lower target is no easier: difficulty divides by the ramp', () => {
    const f = fairnessOf(['A', 'N'], [50, 100], [10, 10], [0.5, 1]);
    expect(f?.relativeDifficulty).toEqual({ A: 1, N: 1 });
    expect(f?.flagged).toEqual([]);
  });

  it('leaves out units without potential, and is null when none has one', () => {
    expect(Object.keys(fairnessOf(['A', 'B'], [1, 2], [0, 3], [1, 1])!.difficulty)).toEqual(['B']);
    expect(fairnessOf(['A'], [1], [0], [1])).toBeNull();
  });

  it('CV and Gini are 0 for equal targets', () => {
    expect(coefficientOfVariation([5, 5, 5])).toBe(0);
    expect(gini([5, 5, 5])).toBe(0);
    expect(gini([0, 0, 0, 12])).toBeCloseTo(0.75, 12);
  });
});
