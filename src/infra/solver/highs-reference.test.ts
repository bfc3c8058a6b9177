import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { greedy } from '../../domain/assignment/greedy.ts';
import { optimize } from '../../domain/assignment/optimize.ts';
import type { AssignmentProblem } from '../../domain/assignment/problem.ts';
import { type HighsReference, startHighsReference } from './highs-reference.ts';
import { type RandomProblemShape, randomProblem } from './random-problem.ts';

const base: RandomProblemShape = {
  leads: 40,
  reps: 8,
  eligible: 8,
  capacity: 1,
  floors: 0,
  values: 'amounts',
  zeros: 0,
};

/** Each family exercises one feature of the problem; four seeds each. */
const families: Record<string, Partial<RandomProblemShape>> = {
  'caps tighter than the batch': { capacity: 0.5 },
  'caps looser than the batch': { capacity: 2 },
  'feasible floors': { floors: 0.4 },
  'floors on nearly every lead': { floors: 0.9, capacity: 1.5 },
  'floors that cannot all be met': { floors: 1.6, capacity: 2 },
  'sparse eligibility': { leads: 80, reps: 20, eligible: 2 },
  'sparse eligibility with floors': { leads: 80, reps: 20, eligible: 3, floors: 0.5 },
  'ties: small whole values': { values: 'small-integers', floors: 0.3 },
  'zero values': { zeros: 0.5, floors: 0.3 },
  'larger batch': { leads: 150, reps: 25, eligible: 6, floors: 0.6, capacity: 0.9 },
};

const totalFloors = (p: AssignmentProblem) => p.reps.reduce((s, r) => s + (r.floor ?? 0), 0);
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('optimize() against HiGHS on random problems', () => {
  let highs: HighsReference;
  beforeAll(() => {
    highs = startHighsReference();
  });
  afterAll(async () => {
    await highs.close();
  });

  const cases = Object.entries(families).flatMap(([family, shape]) =>
    [1, 2, 3, 4].map((seed) => ({ family, seed, shape: { ...base, ...shape } })),
  );

  it.each(cases)('$family, seed $seed', async ({ shape, seed }) => {
    const problem = randomProblem(shape, seed);
    const best = optimize(problem);
    const reference = await highs.solve(problem, { integer: seed === 1 });
    // HiGHS's own plan is what it claims to be.
    expect(reference.result.total).toBeCloseTo(reference.objective, 6);
    expect(sum(reference.result.shortfall)).toBe(totalFloors(problem) - reference.floorPlaces);
    // Floors first: the optimiser leaves exactly the least possible shortfall …
    expect(sum(best.shortfall)).toBe(sum(reference.result.shortfall));
    expect(best.feasible).toBe(reference.result.feasible);
    // … and, among such plans, reaches the same total value.
    expect(best.total).toBeCloseTo(reference.objective, 6);
    if (totalFloors(problem) === 0)
      expect(best.total).toBeGreaterThanOrEqual(greedy(problem).total);
  });

  it('covers infeasible floors and feasible ones', async () => {
    const infeasible = randomProblem({ ...base, ...families['floors that cannot all be met'] }, 1);
    const feasible = randomProblem({ ...base, ...families['feasible floors'] }, 1);
    expect(optimize(infeasible).feasible).toBe(false);
    expect((await highs.solve(infeasible)).result.feasible).toBe(false);
    expect(optimize(feasible).feasible).toBe(true);
  });
});
