import { describe, expect, it } from 'vitest';
import { rollUp } from './rollup.ts';
import { stepsOf } from './rounding.ts';

describe('rollUp', () => {
  it('sums units and sub-teams, reports over-assignment against a team target', () => {
    const rows = rollUp(
      [
        { id: 'east', parent: null, targets: { revenue: 600 } },
        { id: 'east-1', parent: 'east' },
        { id: 'west', targets: { revenue: 0 } },
      ],
      ['east-1', 'east', 'west', null],
      [{ id: 'revenue', fromSteps: stepsOf(0.01).fromSteps }],
      [[30000, 40001, 10000, 99999]],
    );
    expect(rows).toEqual([
      // 300.00 + 400.01 = 700.01 against 600 → 700.01/600 − 1 = 0.16668 → 0.1667
      { team: 'east', metric: 'revenue', value: 700.01, target: 600, overAssignment: 0.1667 },
      { team: 'east-1', metric: 'revenue', value: 300 },
      { team: 'west', metric: 'revenue', value: 100, target: 0 },
    ]);
  });
});
