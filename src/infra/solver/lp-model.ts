/**
 * The batch assignment problem (src/domain/assignment/problem.ts) as a CPLEX LP-format model
 * for HiGHS, written independently of the optimiser so the two can check each other.
 *
 * Floors first, then value, as two models: the first finds the most floor places any plan can
 * fill (u_i ≤ floor_i and u_i ≤ the leads of rep i, maximise Σ u_i); the second maximises
 * value with Σ u_i held at that figure. x_j_i = 1 when lead j goes to rep i. The constraint
 * matrix is that of a bipartite transportation problem plus one row, so the LP optimum is
 * already whole; the model can still declare x binary to have the MIP solver prove it.
 */
import type { AssignmentProblem } from '../../domain/assignment/problem.ts';

export type LpStage =
  | { readonly kind: 'floors' }
  | { readonly kind: 'value'; readonly floorPlaces: number };

export const leadVar = (j: number, i: number) => `x${j}_${i}`;
const floorVar = (i: number) => `u${i}`;

/** Terms joined a few to a line: the LP format allows an expression to span lines. */
function sum(terms: readonly string[]): string {
  const lines: string[] = [];
  for (let t = 0; t < terms.length; t += 8) lines.push(terms.slice(t, t + 8).join(' + '));
  return lines.join('\n  + ');
}

export function hasFloors(problem: AssignmentProblem): boolean {
  return problem.reps.some((r) => (r.floor ?? 0) > 0);
}

/** Whether the problem has any option at all (a model with no variable is not written). */
export function hasOptions(problem: AssignmentProblem): boolean {
  return problem.leads.some((lead) => lead.options.length > 0);
}

export function lpModel(
  problem: AssignmentProblem,
  stage: LpStage,
  options: { readonly integer: boolean },
): string {
  const { reps, leads } = problem;
  const byRep: string[][] = reps.map(() => []);
  const objective: string[] = [];
  const rows: string[] = [];
  const vars: string[] = [];
  leads.forEach((lead, j) => {
    const inLead: string[] = [];
    for (const { rep, value } of lead.options) {
      const x = leadVar(j, rep);
      vars.push(x);
      inLead.push(x);
      byRep[rep]!.push(x);
      if (stage.kind === 'value') objective.push(`${value} ${x}`);
    }
    if (inLead.length > 0) rows.push(`lead${j}: ${sum(inLead)} <= 1`);
  });
  const floored = reps.flatMap((r, i) => ((r.floor ?? 0) > 0 && byRep[i]!.length > 0 ? [i] : []));
  reps.forEach((r, i) => {
    if (byRep[i]!.length > 0) rows.push(`cap${i}: ${sum(byRep[i]!)} <= ${r.cap}`);
  });
  for (const i of floored) {
    rows.push(`floor${i}: ${floorVar(i)} - ${byRep[i]!.join(' - ')} <= 0`);
  }
  if (stage.kind === 'floors') objective.push(...floored.map(floorVar));
  else if (floored.length > 0)
    rows.push(`placed: ${sum(floored.map(floorVar))} >= ${stage.floorPlaces}`);
  if (objective.length === 0) objective.push(`0 ${vars[0]}`);
  const bounds = floored.map((i) => `0 <= ${floorVar(i)} <= ${reps[i]!.floor}`);
  return [
    'Maximize',
    `obj: ${sum(objective)}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...vars.map((x) => `0 <= ${x} <= 1`),
    ...bounds,
    ...(options.integer ? ['Binaries', ...vars] : []),
    'End',
    '',
  ].join('\n');
}
