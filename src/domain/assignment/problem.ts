/**
 * The batch assignment problem: leads to reps, each lead to at most one eligible rep, each rep
 * within its capacity, and as many fairness-floor places filled as possible; the best plan
 * maximises the total expected value (lead value × the rep's win rate on it) among those.
 *
 * Floors come first, then value: a best plan has the smallest total shortfall (the sum over
 * reps of how many leads each is short of its floor) that any plan can reach, and among plans
 * with that shortfall the greatest total value. When every floor can be met the floors are
 * hard constraints; when they cannot, the plan says so (`feasible: false`) and still fills as
 * many floor places as can be filled, rather than giving up or dropping the floors. Leaving a
 * lead unassigned is allowed; a lead worth nothing anywhere still goes to an eligible rep with
 * room when there is one.
 */

/** A rep takes at most `cap` leads and should get at least `floor` (default 0). */
export type RepSlots = { readonly cap: number; readonly floor?: number };

/** A lead may go to any listed rep (an index into `reps`) for the listed expected value. */
export type LeadOption = { readonly rep: number; readonly value: number };

export type AssignmentProblem = {
  readonly reps: readonly RepSlots[];
  readonly leads: readonly { readonly options: readonly LeadOption[] }[];
};

/** A plan and its figures. */
export type AssignmentResult = {
  /** The rep index of each lead, or -1 for a lead left unassigned. */
  assignment: number[];
  /** Sum of the values of the assigned options. */
  total: number;
  /** Leads per rep. */
  loads: number[];
  /** Per rep, how many leads it is short of its floor (0 when the floor is met). */
  shortfall: number[];
  /** Whether every floor is met. */
  feasible: boolean;
};

const isCount = (x: number) => Number.isInteger(x) && x >= 0;

/**
 * Throws a RangeError on input no caller should build: a capacity or floor that is not a
 * whole number ≥ 0, a floor above its capacity, an option naming no rep or naming a rep twice
 * for one lead, or a value that is negative or not finite.
 */
export function validateProblem(problem: AssignmentProblem): void {
  const { reps, leads } = problem;
  reps.forEach((rep, i) => {
    const floor = rep.floor ?? 0;
    if (!isCount(rep.cap) || !isCount(floor) || floor > rep.cap) {
      throw new RangeError(`rep ${i}: cap ${rep.cap} and floor ${floor} must be 0 ≤ floor ≤ cap`);
    }
  });
  const seenBy = new Int32Array(reps.length).fill(-1);
  leads.forEach((lead, j) => {
    for (const { rep, value } of lead.options) {
      if (!Number.isInteger(rep) || rep < 0 || rep >= reps.length) {
        throw new RangeError(`lead ${j}: no rep ${rep}`);
      }
      if (seenBy[rep] === j) throw new RangeError(`lead ${j}: rep ${rep} listed twice`);
      seenBy[rep] = j;
      if (!Number.isFinite(value) || value < 0) {
        throw new RangeError(`lead ${j}: value ${value} for rep ${rep} must be finite and ≥ 0`);
      }
    }
  });
}
