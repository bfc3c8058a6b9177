import { evaluate } from './evaluate.ts';
import { Flow } from './flow.ts';
import { buildNetwork, type Network } from './network.ts';
import { type AssignmentProblem, type AssignmentResult, validateProblem } from './problem.ts';

/**
 * The best plan for a batch (see problem.ts for what "best" means, floors included): exact,
 * not a heuristic. The problem becomes a transportation network (network.ts) whose best plan
 * is found by successive shortest paths (flow.ts), adding leads in order of their best value
 * (highest first, then listed order) so that early leads seldom need to be moved again.
 * The same problem always gives the same plan. Throws a RangeError on malformed input
 * (validateProblem).
 */
export function optimize(problem: AssignmentProblem): AssignmentResult {
  validateProblem(problem);
  const net = buildNetwork(problem);
  const flow = new Flow(net);
  for (const j of byBestValue(net)) flow.add(j);
  flow.placeWorthless();
  return evaluate(
    problem,
    Array.from(flow.placeOf, (i) => (i === -1 ? -1 : net.repOf[i]!)),
  );
}

function byBestValue({ start, optValue }: Network): Int32Array {
  const n = start.length - 1;
  const best = new Float64Array(n);
  for (let j = 0; j < n; j += 1) {
    for (let k = start[j]!; k < start[j + 1]!; k += 1) best[j] = Math.max(best[j]!, optValue[k]!);
  }
  return Int32Array.from({ length: n }, (_, j) => j).sort((a, b) => best[b]! - best[a]! || a - b);
}
