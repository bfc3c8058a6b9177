import { describe, expect, it } from 'vitest';
import type { PlanResult } from './plan-result.ts';
import { territoryTargets } from './territory-view.ts';

const result = (values: Record<string, number>): PlanResult => ({
  format: 'allot.plan-result/1',
  targets: Object.entries(values).map(([unit, value]) => ({
    unit,
    metric: 'revenue',
    value,
    periods: [],
    terms: [],
    text: '',
  })),
  rollup: [],
  fairness: {},
  unassigned: {},
  warnings: [],
});

describe('targets by territory', () => {
  it('attributes a rep’s target by the potential each territory gives, in whole steps', () => {
    // A covers T1 alone (index 1) and shares T2 (index 2) with B: A's weights 1 and 1.
    const view = territoryTargets(
      result({ A: 101, B: 50, C: 7 }),
      [{ id: 'revenue', precision: 1 }],
      [
        { id: 'T1', reps: ['A'], index: 1 },
        { id: 'T2', reps: ['A', 'B'], index: 2 },
        { id: 'T3', reps: [], index: 0.5 },
      ],
    );
    expect(view.territories.map((t) => [t.id, t.targets.revenue])).toEqual([
      ['T1', 51],
      ['T2', 100],
      ['T3', 0],
    ]);
    expect(view.unattributed).toEqual({ revenue: 7 });
  });
});
