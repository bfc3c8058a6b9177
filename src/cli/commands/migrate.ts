import { Command } from 'commander';
import { AppError } from '../../app/errors.ts';
import { type CliContext, printJson, withDeps } from '../context.ts';

/** `allot migrate`: brings the schema of the configured database up to date. */
export function migrateCommand(ctx: CliContext): Command {
  return new Command('migrate')
    .description('apply pending database migrations')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: true }) => {
      const result = await withDeps(ctx, async ({ deps, database }) => ({
        engine: database.engine,
        database: database.description,
        schemaCurrent: await deps.stores.health.migrationsCurrent(),
      }));
      if (!result.schemaCurrent) {
        throw new AppError(
          'internal',
          `migrations ran but the schema of ${result.database} is not current`,
          result,
        );
      }
      if (options.json) return printJson(ctx, result);
      ctx.out(`Database: ${result.engine} (${result.database})`);
      ctx.out('Schema is current.');
    });
}
