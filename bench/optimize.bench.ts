/**
 * Exact batch assignment, optimize(). Ratios are speed-ups: the reference's time over
 * optimize()'s, both on the same instance in the same run.
 * - 2,000 leads × 200 reps, every rep eligible for every lead, against HiGHS (LP, in a worker
 *   thread; floors take it two solves, see src/infra/solver/lp-model.ts). The totals must agree
 *   or the bench fails. Goal: the same optimum, ≥ 20× faster.
 * - 20,000 leads × 1,000 reps, 20 eligible reps per lead: time (goal < 3 s) against greedy()
 *   on the same instance, the least work any plan takes.
 * optimize() times are the median of five runs after a warm-up; HiGHS runs once.
 */
import { greedy } from '../src/domain/assignment/greedy.ts';
import { optimize } from '../src/domain/assignment/optimize.ts';
import type { AssignmentProblem } from '../src/domain/assignment/problem.ts';
import { startHighsReference } from '../src/infra/solver/highs-reference.ts';
import { type RandomProblemShape, randomProblem } from '../src/infra/solver/random-problem.ts';
import type { BenchRow } from './run.ts';

const dense: RandomProblemShape = {
  leads: 2000,
  reps: 200,
  eligible: 200,
  capacity: 1,
  floors: 0,
  values: 'amounts',
  zeros: 0,
};
const sparse: RandomProblemShape = { ...dense, leads: 20_000, reps: 1000, eligible: 20 };

function medianMs(work: () => unknown, runs = 5): number {
  work();
  const times = Array.from({ length: runs }, () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  });
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const ms = (x: number) => `${x.toFixed(x < 100 ? 1 : 0)} ms`;
const money = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 2 });
const floorsNote = (p: AssignmentProblem) =>
  `floors ${p.reps.reduce((s, r) => s + (r.floor ?? 0), 0).toLocaleString('en')}`;

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const highs = startHighsReference();
  try {
    for (const floors of [0, 0.5]) {
      const problem = randomProblem({ ...dense, floors }, 1);
      const time = medianMs(() => optimize(problem));
      const best = optimize(problem);
      const reference = await highs.solve(problem);
      if (Math.abs(best.total - reference.objective) > 1e-6 * Math.max(1, reference.objective)) {
        throw new Error(`optimize() ${best.total} ≠ HiGHS ${reference.objective}`);
      }
      rows.push({
        what: 'optimize() vs HiGHS LP',
        size: `2,000 leads × 200 reps, all eligible, ${floors ? floorsNote(problem) : 'no floors'}`,
        figure: `${ms(time)}, total ${money(best.total)}`,
        reference: `HiGHS ${ms(reference.ms)}, total ${money(reference.objective)}`,
        ratio: reference.ms / time,
      });
    }
  } finally {
    await highs.close();
  }
  for (const floors of [0, 0.5]) {
    const problem = randomProblem({ ...sparse, floors }, 1);
    const time = medianMs(() => optimize(problem));
    const baseline = medianMs(() => greedy(problem));
    rows.push({
      what: 'optimize() vs greedy()',
      size: `20,000 leads × 1,000 reps, 20 eligible, ${floors ? floorsNote(problem) : 'no floors'}`,
      figure: `${ms(time)} (goal < 3,000 ms)`,
      reference: `greedy ${ms(baseline)}`,
      ratio: baseline / time,
    });
  }
  return rows;
}
