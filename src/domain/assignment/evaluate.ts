import type { AssignmentProblem, AssignmentResult } from './problem.ts';

/**
 * The figures of a plan: total value, loads and floor shortfalls. Any plan, whoever made it
 * (the optimiser, greedy, an external solver, a manager's edit), is measured the same way.
 * Throws a RangeError when the plan sends a lead to a rep it may not go to or fills a rep
 * past its capacity: such a plan is not a plan for this problem.
 */
export function evaluate(
  problem: AssignmentProblem,
  assignment: readonly number[],
): AssignmentResult {
  const { reps, leads } = problem;
  if (assignment.length !== leads.length) {
    throw new RangeError(`${assignment.length} assignments for ${leads.length} leads`);
  }
  const loads: number[] = reps.map(() => 0);
  let total = 0;
  leads.forEach((lead, j) => {
    const rep = assignment[j]!;
    if (rep === -1) return;
    const option = lead.options.find((o) => o.rep === rep);
    if (!option) throw new RangeError(`lead ${j} may not go to rep ${rep}`);
    total += option.value;
    loads[rep]! += 1;
  });
  const shortfall = reps.map((rep, i) => {
    if (loads[i]! > rep.cap) throw new RangeError(`rep ${i}: ${loads[i]} leads, cap ${rep.cap}`);
    return Math.max(0, (rep.floor ?? 0) - loads[i]!);
  });
  return {
    assignment: [...assignment],
    total,
    loads,
    shortfall,
    feasible: shortfall.every((s) => s === 0),
  };
}
