import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { systemActor } from '../../app/actor.ts';
import { optimizeAssignments } from '../../app/assignment/optimize-assignments.ts';
import { AppError, validationError } from '../../app/errors.ts';
import { OptimizeRequestSchema } from '../../contracts/assignments.ts';
import { LOCALES } from '../../domain/shared/vocabulary.ts';
import {
  type CliContext,
  invalidOptions,
  printJson,
  selectWorkspace,
  withDeps,
} from '../context.ts';
import { renderTable } from '../table.ts';

type Options = {
  optimal?: true;
  leads?: string;
  slack?: string;
  valueBy?: string;
  apply?: true;
  locale: string;
  workspace?: string;
  json?: true;
};

async function leadIdsFrom(file: string | undefined): Promise<string[] | undefined> {
  if (file === undefined) return undefined;
  const text = await readFile(file, 'utf8').catch(() => {
    throw new AppError('validation.failed', `cannot read ${file}`);
  });
  return text.split(/[\s,]+/).filter(Boolean);
}

/**
 * `allot assign --optimal`: the best assignment of the unassigned leads (or those listed in a
 * file) under the published routing policy, against the greedy plan; `--apply` writes it.
 */
export function assignCommand(ctx: CliContext): Command {
  return new Command('assign')
    .description('assign a batch of unassigned leads to maximise their total expected value')
    .option('--optimal', 'the provably best plan (required: the only method for now)')
    .option('--leads <file>', 'lead ids, one per line (default: every new or held lead)')
    .option('--slack <n>', 'fairness floor: each eligible rep gets at least ⌊share·n⌋ − slack')
    .option('--value-by <what>', 'lead value: score (default) or amount (custom.estimatedAmount)')
    .option('--apply', 'write the assignments (default: a dry run)')
    .option('--locale <locale>', `language of the explanations: ${LOCALES.join(' or ')}`, 'zh-CN')
    .option('--workspace <id>', 'workspace id when the database holds several (default: the first)')
    .option('--json', 'print the plan as JSON')
    .action(async (options: Options) => {
      if (!options.optimal) {
        throw validationError([
          { path: 'optimal', message: 'say --optimal (the only method for now)' },
        ]);
      }
      const request = OptimizeRequestSchema.safeParse({
        leadIds: await leadIdsFrom(options.leads),
        slack: options.slack === undefined ? undefined : Number(options.slack),
        valueBy: options.valueBy,
        apply: options.apply === true,
        locale: options.locale,
      });
      if (!request.success) {
        throw invalidOptions(request.error, { leadIds: 'leads', valueBy: 'value-by' });
      }
      const result = await withDeps(ctx, async ({ deps }) => {
        const workspace = await selectWorkspace(deps.stores, options.workspace);
        if (!workspace) throw new AppError('workspace.not_found', 'the database has no workspace');
        return optimizeAssignments(deps, systemActor(workspace, 'cli'), request.data);
      });
      if (options.json) return printJson(ctx, result);
      const names = new Map(result.reps.map((r) => [r.repId, r.name]));
      ctx.out(
        renderTable(
          ['LEAD', 'REP', 'LEAD VALUE', 'WIN RATE', 'EXPECTED VALUE'],
          result.items.map((i) => [
            i.leadName,
            i.repId === null ? `— (${i.reason})` : (names.get(i.repId) ?? i.repId),
            i.leadValue.toFixed(0),
            i.winRate === null ? '—' : `${(i.winRate * 100).toFixed(1)}%`,
            i.value.toFixed(2),
          ]),
        ),
      );
      const gain = result.total - result.greedyTotal;
      ctx.out(
        `${result.assigned} of ${result.leads} leads assigned; total expected value ${result.total.toFixed(2)} ` +
          `(greedy ${result.greedyTotal.toFixed(2)}, +${gain.toFixed(2)})` +
          `${result.feasible ? '' : '; some fairness floors cannot be met'}` +
          `${result.applied ? '; applied.' : '; dry run (add --apply to write it).'}`,
      );
    });
}
