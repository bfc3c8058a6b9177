import { Command } from 'commander';
import { type PlanResultDocument, parsePlan } from '../../contracts/plan.ts';
import { computePlan } from '../../domain/planning/compute-plan.ts';
import { LOCALES } from '../../domain/shared/vocabulary.ts';
import { type CliContext, invalidFile } from '../context.ts';
import { localeOption, readJsonFile, writeJsonResult } from '../json-file.ts';

type Options = { locale: string; out?: string };

/**
 * `allot plan FILE`: computes the targets of an `allot.plan/1` file and prints the result as
 * JSON. No database: the file holds everything the plan needs.
 */
export function planCommand(ctx: CliContext): Command {
  return new Command('plan')
    .description('compute targets from a plan file and print them as JSON')
    .argument('<file>', 'an allot.plan/1 JSON file')
    .option('--locale <locale>', `language of the explanations: ${LOCALES.join(' or ')}`, 'zh-CN')
    .option('--out <file>', 'write the result to this file instead of standard output')
    .option('--json', 'print errors as JSON too (the result is always JSON)')
    .action(async (file: string, options: Options) => {
      const locale = localeOption(options.locale);
      const parsed = parsePlan(await readJsonFile(file));
      if (!parsed.ok) throw invalidFile(file, parsed.problems);
      const outcome = computePlan(parsed.plan, locale);
      if (!outcome.ok) throw invalidFile(file, outcome.problems);
      const result: PlanResultDocument = outcome.result;
      await writeJsonResult(ctx, result, options.out);
    });
}
