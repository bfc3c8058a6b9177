/**
 * HiGHS as the reference the exact optimiser is checked and benchmarked against: the same
 * problem, solved by a general LP/MIP solver in a worker thread, the plan measured by the same
 * evaluate() as the optimiser's. Tests and benchmarks only; the product never calls it.
 */
import { Worker } from 'node:worker_threads';
import { evaluate } from '../../domain/assignment/evaluate.ts';
import type { AssignmentProblem, AssignmentResult } from '../../domain/assignment/problem.ts';
import type { HighsReply, HighsRequest } from './highs-worker.ts';

export type HighsPlan = {
  /** HiGHS's own objective value (total value of its plan). */
  objective: number;
  /** The most floor places any plan can fill, by HiGHS. */
  floorPlaces: number;
  /** HiGHS's plan, measured by evaluate(). */
  result: AssignmentResult;
  /** Time spent in HiGHS on this problem. */
  ms: number;
};

export type HighsReference = {
  /** Solves one problem; `integer` declares the plan's variables binary (MIP) instead of LP. */
  solve(problem: AssignmentProblem, options?: { integer?: boolean }): Promise<HighsPlan>;
  close(): Promise<void>;
};

/**
 * The worker loads its TypeScript entry through tsx's import API, the same under vitest and
 * `tsx bench/run.ts` (a worker started with `--import tsx` does not get the loader on Node 20).
 */
function bootstrap(): string {
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./highs-worker.ts', import.meta.url).href;
  const [apiText, entryText] = [api, entry].map((s) => JSON.stringify(s));
  return `import(${apiText}).then(({ tsImport }) => tsImport(${entryText}, ${entryText}));`;
}

/** Starts the worker; close() it when done. */
export function startHighsReference(): HighsReference {
  const worker = new Worker(bootstrap(), { eval: true });
  const pending = new Map<number, (reply: HighsReply) => void>();
  let failure: Error | null = null;
  let nextId = 0;
  worker.on('message', (reply: HighsReply) => {
    const done = pending.get(reply.id);
    pending.delete(reply.id);
    done?.(reply);
  });
  worker.on('error', (error) => {
    failure = error;
    for (const [id, done] of pending) done({ id, ok: false, message: String(error) });
    pending.clear();
  });
  return {
    async solve(problem, options = {}) {
      if (failure !== null) throw failure;
      const request: HighsRequest = { id: nextId++, problem, integer: options.integer ?? false };
      const reply = await new Promise<HighsReply>((resolve) => {
        pending.set(request.id, resolve);
        worker.postMessage(request);
      });
      if (!reply.ok) throw new Error(reply.message);
      return {
        objective: reply.objective,
        floorPlaces: reply.floorPlaces,
        result: evaluate(problem, reply.assignment),
        ms: reply.ms,
      };
    },
    async close() {
      await worker.terminate();
    },
  };
}
