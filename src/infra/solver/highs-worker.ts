/**
 * Worker thread that solves batch assignment problems with HiGHS (see lp-model.ts), one
 * request at a time: HiGHS blocks the thread it runs on, so it gets a thread of its own.
 */
import { parentPort } from 'node:worker_threads';
import highsModule from 'highs';
import type { AssignmentProblem } from '../../domain/assignment/problem.ts';
import { hasFloors, hasOptions, leadVar, lpModel } from './lp-model.ts';

export type HighsRequest = {
  readonly id: number;
  readonly problem: AssignmentProblem;
  readonly integer: boolean;
};

export type HighsReply =
  | {
      readonly id: number;
      readonly ok: true;
      /** HiGHS's objective: the total value of its plan. */
      readonly objective: number;
      /** The most floor places a plan can fill, by HiGHS. */
      readonly floorPlaces: number;
      readonly assignment: number[];
      /** Time spent in HiGHS (model text included, thread start-up not). */
      readonly ms: number;
    }
  | { readonly id: number; readonly ok: false; readonly message: string };

// The package's types describe its CommonJS build; imported as an ES module (its `import`
// export), the default export is the loader itself.
const loadHighs = highsModule as unknown as typeof highsModule.default;
const highs = await loadHighs();
const port = parentPort;
if (port === null) throw new Error('highs-worker.ts runs as a worker thread');

function solveOnce(text: string) {
  const solution = highs.solve(text, { output_flag: false, mip_rel_gap: 0 });
  if (solution.Status !== 'Optimal') throw new Error(`HiGHS: ${solution.Status}`);
  return solution;
}

function solve({ id, problem, integer }: HighsRequest): HighsReply {
  const started = performance.now();
  const assignment = problem.leads.map(() => -1);
  if (!hasOptions(problem)) {
    return { id, ok: true, objective: 0, floorPlaces: 0, assignment, ms: 0 };
  }
  let floorPlaces = 0;
  if (hasFloors(problem)) {
    const first = solveOnce(lpModel(problem, { kind: 'floors' }, { integer }));
    floorPlaces = Math.round(first.ObjectiveValue);
  }
  const best = solveOnce(lpModel(problem, { kind: 'value', floorPlaces }, { integer }));
  problem.leads.forEach((lead, j) => {
    for (const { rep } of lead.options) {
      const column = best.Columns[leadVar(j, rep)];
      if (column && 'Primal' in column && column.Primal > 0.5) assignment[j] = rep;
    }
  });
  const ms = performance.now() - started;
  return { id, ok: true, objective: best.ObjectiveValue, floorPlaces, assignment, ms };
}

port.on('message', (request: HighsRequest) => {
  try {
    port.postMessage(solve(request));
  } catch (error) {
    port.postMessage({ id: request.id, ok: false, message: String(error) });
  }
});
