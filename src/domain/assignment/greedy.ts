import { evaluate } from './evaluate.ts';
import { type AssignmentProblem, type AssignmentResult, validateProblem } from './problem.ts';

/**
 * The baseline a person with a spreadsheet would use, shown beside the optimal plan: leads in
 * order of their best value (highest first, then listed order), each to its highest-value rep
 * that still has room (first listed on equal values). Floors play no part in the choice; the
 * result reports the shortfall they leave, exactly as for the optimal plan.
 */
export function greedy(problem: AssignmentProblem): AssignmentResult {
  validateProblem(problem);
  const { reps, leads } = problem;
  const room = reps.map((r) => r.cap);
  const best = leads.map((lead) => Math.max(0, ...lead.options.map((o) => o.value)));
  const order = leads.map((_, j) => j).sort((a, b) => best[b]! - best[a]! || a - b);
  const assignment: number[] = leads.map(() => -1);
  for (const j of order) {
    let chosen = -1;
    let chosenValue = -1;
    for (const { rep, value } of leads[j]!.options) {
      if (room[rep]! > 0 && value > chosenValue) {
        chosen = rep;
        chosenValue = value;
      }
    }
    if (chosen === -1) continue;
    assignment[j] = chosen;
    room[chosen]! -= 1;
  }
  return evaluate(problem, assignment);
}
