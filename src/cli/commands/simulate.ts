import { Command } from 'commander';
import { runScenario } from '../../app/simulation/run-scenario.ts';
import { parseScenario } from '../../contracts/scenario.ts';
import { LOCALES } from '../../domain/shared/vocabulary.ts';
import { type CliContext, invalidFile } from '../context.ts';
import { localeOption, readJsonFile, writeJsonResult } from '../json-file.ts';

type Options = { locale: string; out?: string };

/** `allot simulate FILE`: replays an `allot.scenario/1` file and prints the results as JSON. */
export function simulateCommand(ctx: CliContext): Command {
  return new Command('simulate')
    .description('replay a scenario file in a throw-away workspace and print the results as JSON')
    .argument('<file>', 'an allot.scenario/1 JSON file')
    .option('--locale <locale>', `language of the explanations: ${LOCALES.join(' or ')}`, 'zh-CN')
    .option('--out <file>', 'write the result to this file instead of standard output')
    .option('--json', 'print errors as JSON too (the result is always JSON)')
    .action(async (file: string, options: Options) => {
      const locale = localeOption(options.locale);
      const parsed = parseScenario(await readJsonFile(file));
      if (!parsed.ok) throw invalidFile(file, parsed.problems);
      const simulation = await ctx.openSimulation();
      try {
        const result = await runScenario(
          { ...simulation.deps, clock: simulation.clock },
          parsed.scenario,
          locale,
        );
        await writeJsonResult(ctx, result, options.out);
      } finally {
        await simulation.close();
      }
    });
}
