import { readFile, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { AppError, validationError } from '../../app/errors.ts';
import { runScenario } from '../../app/simulation/run-scenario.ts';
import { parseScenario } from '../../contracts/scenario.ts';
import { LOCALES, type Locale } from '../../domain/shared/vocabulary.ts';
import type { CliContext } from '../context.ts';

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
      if (!(LOCALES as readonly string[]).includes(options.locale)) {
        throw validationError([{ path: 'locale', message: `must be ${LOCALES.join(' or ')}` }]);
      }
      const text = await readFile(file, 'utf8').catch(() => {
        throw new AppError('validation.failed', `cannot read ${file}`);
      });
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new AppError('validation.failed', `${file} is not JSON: ${(error as Error).message}`);
      }
      const parsed = parseScenario(json);
      if (!parsed.ok) throw validationError(parsed.problems);
      const simulation = await ctx.openSimulation();
      try {
        const result = await runScenario(
          { ...simulation.deps, clock: simulation.clock },
          parsed.scenario,
          options.locale as Locale,
        );
        const output = `${JSON.stringify(result, null, 2)}\n`;
        if (options.out) await writeFile(options.out, output);
        else ctx.out(output.trimEnd());
      } finally {
        await simulation.close();
      }
    });
}
