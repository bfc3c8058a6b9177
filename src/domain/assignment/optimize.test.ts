import { describe, expect, it } from 'vitest';
import { createPrng } from '../demo/prng.ts';
import { greedy } from './greedy.ts';
import { optimize } from './optimize.ts';
import type { AssignmentProblem, RepSlots } from './problem.ts';

const lead = (...options: [rep: number, value: number][]) => ({
  options: options.map(([rep, value]) => ({ rep, value })),
});
const reps = (...slots: RepSlots[]) => slots;

describe('optimize(): hand cases', () => {
  it('gives the contested rep to the lead with no other choice, where greedy does not', () => {
    const problem = {
      reps: reps({ cap: 1 }, { cap: 1 }),
      leads: [lead([0, 10], [1, 9]), lead([0, 8])],
    };
    expect(greedy(problem)).toMatchObject({ assignment: [0, -1], total: 10 });
    expect(optimize(problem)).toMatchObject({ assignment: [1, 0], total: 17, loads: [1, 1] });
  });

  it('moves a chain of leads to make room (an augmenting path of length three)', () => {
    const problem = {
      reps: reps({ cap: 1 }, { cap: 1 }, { cap: 1 }),
      leads: [lead([0, 10], [1, 9.5]), lead([1, 10], [2, 9.5]), lead([0, 9])],
    };
    // Greedy: lead 0 → rep 0, lead 1 → rep 1, lead 2 left out. Best: each lead moves over.
    expect(greedy(problem).total).toBe(20);
    expect(optimize(problem)).toMatchObject({ assignment: [1, 2, 0], total: 28 });
  });

  it('leaves a lead out rather than displace a better one', () => {
    const problem = { reps: reps({ cap: 1 }), leads: [lead([0, 3]), lead([0, 7]), lead([0, 5])] };
    expect(optimize(problem)).toMatchObject({ assignment: [-1, 0, -1], total: 7 });
  });

  it('meets a floor even at a cost in value', () => {
    const problem = {
      reps: reps({ cap: 2 }, { cap: 2, floor: 1 }),
      leads: [lead([0, 10], [1, 1]), lead([0, 10], [1, 2])],
    };
    expect(optimize(problem)).toMatchObject({ assignment: [0, 1], total: 12, feasible: true });
  });

  it('fills as many floor places as can be filled, then maximises value', () => {
    const problem = {
      reps: reps({ cap: 3, floor: 3 }, { cap: 3, floor: 1 }, { cap: 3 }),
      // Only 3 leads may go to the floored reps: one floor place must stay empty.
      leads: [
        lead([0, 1], [2, 50]),
        lead([0, 1], [1, 1], [2, 50]),
        lead([1, 2], [2, 50]),
        lead([2, 5]),
      ],
    };
    const best = optimize(problem);
    expect(best.shortfall.reduce((s, x) => s + x, 0)).toBe(1);
    expect(best.feasible).toBe(false);
    // Best of the plans that fill 3 floor places: rep 1 keeps lead 2 (worth 2), rep 0 gets
    // leads 0 and 1.
    expect(best).toMatchObject({ assignment: [0, 0, 1, 2], total: 9, shortfall: [1, 0, 0] });
  });

  it('reports every shortfall when a floored rep is eligible for nothing', () => {
    const problem = { reps: reps({ cap: 2, floor: 2 }, { cap: 1 }), leads: [lead([1, 4])] };
    expect(optimize(problem)).toMatchObject({
      assignment: [1],
      feasible: false,
      shortfall: [2, 0],
      total: 4,
    });
  });

  it('still assigns leads worth nothing, to their first listed rep with room', () => {
    const problem = {
      reps: reps({ cap: 1 }, { cap: 1 }, { cap: 1 }),
      leads: [lead([1, 5]), lead([1, 0], [2, 0], [0, 0]), lead([0, 0])],
    };
    expect(optimize(problem)).toMatchObject({ assignment: [1, 2, 0], total: 5, loads: [1, 1, 1] });
  });

  it('handles empty batches, leads with no option and reps with no room', () => {
    expect(optimize({ reps: [], leads: [] })).toMatchObject({
      assignment: [],
      total: 0,
      feasible: true,
    });
    const problem = {
      reps: reps({ cap: 0 }, { cap: 1 }),
      leads: [lead(), lead([0, 9]), lead([1, 1])],
    };
    expect(optimize(problem)).toMatchObject({ assignment: [-1, -1, 1], total: 1 });
  });

  it('rejects malformed problems', () => {
    expect(() => optimize({ reps: reps({ cap: 1, floor: 2 }), leads: [] })).toThrow(RangeError);
    expect(() => optimize({ reps: reps({ cap: 1.5 }), leads: [] })).toThrow(RangeError);
    expect(() => optimize({ reps: reps({ cap: 1 }), leads: [lead([1, 1])] })).toThrow(RangeError);
    expect(() => optimize({ reps: reps({ cap: 1 }), leads: [lead([0, 1], [0, 2])] })).toThrow(
      RangeError,
    );
    expect(() => optimize({ reps: reps({ cap: 1 }), leads: [lead([0, -1])] })).toThrow(RangeError);
    expect(() => optimize({ reps: reps({ cap: 1 }), leads: [lead([0, Number.NaN])] })).toThrow(
      RangeError,
    );
  });
});

/** Every plan, tried one by one: least total shortfall, then greatest value. */
function bruteForce(problem: AssignmentProblem): { shortfall: number; total: number } {
  const loads = problem.reps.map(() => 0);
  let best = { shortfall: Number.POSITIVE_INFINITY, total: Number.NEGATIVE_INFINITY };
  const visit = (j: number, total: number): void => {
    if (j === problem.leads.length) {
      const shortfall = problem.reps.reduce(
        (s, r, i) => s + Math.max(0, (r.floor ?? 0) - loads[i]!),
        0,
      );
      if (shortfall < best.shortfall || (shortfall === best.shortfall && total > best.total)) {
        best = { shortfall, total };
      }
      return;
    }
    visit(j + 1, total);
    for (const { rep, value } of problem.leads[j]!.options) {
      if (loads[rep]! === problem.reps[rep]!.cap) continue;
      loads[rep]! += 1;
      visit(j + 1, total + value);
      loads[rep]! -= 1;
    }
  };
  visit(0, 0);
  return best;
}

function tinyProblem(seed: number): AssignmentProblem {
  const rng = createPrng(seed, 'tiny-assignment');
  const slots = Array.from({ length: rng.int(1, 4) }, () => {
    const cap = rng.int(0, 3);
    return { cap, floor: rng.chance(0.5) ? rng.int(0, cap) : 0 };
  });
  const leads = Array.from({ length: rng.int(0, 7) }, () => ({
    options: rng
      .shuffle(slots.map((_, i) => i))
      .filter(() => rng.chance(0.6))
      .map((rep) => ({
        rep,
        value: rng.chance(0.2) ? 0 : rng.chance(0.3) ? rng.int(1, 3) : rng.int(1, 1000) / 8,
      })),
  }));
  return { reps: slots, leads };
}

describe('optimize(): against every plan of tiny problems', () => {
  const seeds = Array.from({ length: 400 }, (_, i) => i);

  it('finds the least shortfall and, with it, the greatest value', () => {
    for (const seed of seeds) {
      const problem = tinyProblem(seed);
      const best = optimize(problem);
      const expected = bruteForce(problem);
      const shortfall = best.shortfall.reduce((s, x) => s + x, 0);
      expect({ seed, shortfall }).toEqual({ seed, shortfall: expected.shortfall });
      expect(best.total, `seed ${seed}`).toBeCloseTo(expected.total, 9);
      if (problem.reps.every((r) => (r.floor ?? 0) === 0)) {
        expect(best.total, `seed ${seed}`).toBeGreaterThanOrEqual(greedy(problem).total - 1e-9);
      }
    }
  });

  it('gives the same plan for the same problem', () => {
    for (const seed of seeds.slice(0, 50)) {
      const problem = tinyProblem(seed);
      expect(optimize(problem).assignment).toEqual(optimize(problem).assignment);
    }
  });
});
