import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.ts';
import { greedy } from './greedy.ts';

const problem = {
  reps: [{ cap: 2, floor: 2 }, { cap: 1 }],
  leads: [
    { options: [{ rep: 0, value: 4 }] },
    {
      options: [
        { rep: 0, value: 1 },
        { rep: 1, value: 6 },
      ],
    },
    { options: [] },
  ],
};

describe('evaluate()', () => {
  it('measures a plan: total, loads and floor shortfall', () => {
    expect(evaluate(problem, [0, 1, -1])).toEqual({
      assignment: [0, 1, -1],
      total: 10,
      loads: [1, 1],
      shortfall: [1, 0],
      feasible: false,
    });
    expect(evaluate(problem, [0, 0, -1])).toMatchObject({ total: 5, feasible: true });
  });

  it('rejects a plan that is not a plan for the problem', () => {
    expect(() => evaluate(problem, [0, 1])).toThrow(RangeError);
    expect(() => evaluate(problem, [1, 1, -1])).toThrow(/may not go/);
    expect(() => evaluate(problem, [-1, -1, 0])).toThrow(/may not go/);
    expect(() =>
      evaluate({ reps: [{ cap: 0 }], leads: [{ options: [{ rep: 0, value: 1 }] }] }, [0]),
    ).toThrow(/cap 0/);
  });
});

describe('greedy()', () => {
  it('takes leads by best value, each to its best rep with room, ignoring floors', () => {
    expect(greedy(problem)).toMatchObject({
      assignment: [0, 1, -1],
      total: 10,
      shortfall: [1, 0],
      feasible: false,
    });
  });

  it('breaks ties by listed order', () => {
    const tied = {
      reps: [{ cap: 1 }, { cap: 1 }],
      leads: [
        {
          options: [
            { rep: 1, value: 5 },
            { rep: 0, value: 5 },
          ],
        },
        { options: [{ rep: 1, value: 5 }] },
      ],
    };
    expect(greedy(tied).assignment).toEqual([1, -1]);
  });
});
