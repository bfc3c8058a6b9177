/**
 * Seeded random batch assignment problems for the HiGHS comparison tests and the optimiser
 * benchmark: the same seed always gives the same problem.
 */
import type { AssignmentProblem } from '../../domain/assignment/problem.ts';
import { createPrng } from '../../domain/demo/prng.ts';

export type RandomProblemShape = {
  readonly leads: number;
  readonly reps: number;
  /** Eligible reps per lead (distinct, drawn at random); `reps` or more for all. */
  readonly eligible: number;
  /** Total capacity as a multiple of the number of leads (each rep's cap drawn around it). */
  readonly capacity: number;
  /** Total floors as a multiple of the number of leads (0 for no floors); above 1 they fail. */
  readonly floors: number;
  /** How values are drawn: cents from a lead value × a rep's rate, or whole numbers 0..5. */
  readonly values: 'amounts' | 'small-integers';
  /** Share of options worth exactly 0. */
  readonly zeros: number;
};

export function randomProblem(shape: RandomProblemShape, seed: number): AssignmentProblem {
  const rng = createPrng(seed, 'assignment-problem');
  const perRep = (shape.capacity * shape.leads) / shape.reps;
  const floorPerRep = (shape.floors * shape.leads) / shape.reps;
  const reps = Array.from({ length: shape.reps }, () => {
    const cap = rng.int(0, Math.ceil(2 * perRep));
    const floor = shape.floors === 0 ? 0 : rng.int(0, Math.ceil(2 * floorPerRep));
    return { cap: Math.max(cap, floor), floor };
  });
  const all = reps.map((_, i) => i);
  const leads = Array.from({ length: shape.leads }, () => {
    const base = rng.float(10, 1000);
    const eligible = shape.eligible >= shape.reps ? all : rng.shuffle(all).slice(0, shape.eligible);
    return {
      options: eligible.map((rep) => {
        if (rng.chance(shape.zeros)) return { rep, value: 0 };
        const value =
          shape.values === 'small-integers'
            ? rng.int(0, 5)
            : Math.round(base * rng.float(0.05, 0.6) * 100) / 100;
        return { rep, value };
      }),
    };
  });
  return { reps, leads };
}
