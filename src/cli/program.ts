/**
 * The `allot` command tree. Every command and group gets the same error handling: commander
 * never exits the process or prints its own errors; usage mistakes become `validation.failed`
 * (exit 2), and src/main/cli.ts prints every error, as text or as the API's JSON body.
 */
import { Command, type CommanderError } from 'commander';
import { AppError } from '../app/errors.ts';
import { assignCommand } from './commands/assign.ts';
import { migrateCommand } from './commands/migrate.ts';
import { planCommand } from './commands/plan.ts';
import { seedDemoCommand } from './commands/seed-demo.ts';
import { serveCommand } from './commands/serve.ts';
import { simulateCommand } from './commands/simulate.ts';
import { userAddCommand } from './commands/user-add.ts';
import { userListCommand } from './commands/user-list.ts';
import { userPasswdCommand } from './commands/user-passwd.ts';
import type { CliContext } from './context.ts';

const HELP_FOOTER = `
Configuration comes from the environment, as for the server: DATABASE_URL (postgres://… or
memory://) or ALLOT_DATA_DIR (PGlite data directory, default ./data), HOST, PORT, LOG_LEVEL.
Exit codes: 0 ok, 1 error, 2 invalid input, 3 not found, 4 conflict (e.g. database in use).`;

export function buildProgram(ctx: CliContext, version: string): Command {
  const user = new Command('user')
    .description('add, list and change users')
    .addCommand(userAddCommand(ctx))
    .addCommand(userListCommand(ctx))
    .addCommand(userPasswdCommand(ctx));
  const seed = new Command('seed')
    .description('fill the database with generated data')
    .addCommand(seedDemoCommand(ctx));
  const program = new Command('allot')
    .description('Allot: fair sales targets, rule-based lead routing, pools and reviews')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .addCommand(serveCommand(ctx))
    .addCommand(migrateCommand(ctx))
    .addCommand(user)
    .addCommand(seed)
    .addCommand(simulateCommand(ctx))
    .addCommand(planCommand(ctx))
    .addCommand(assignCommand(ctx))
    .addHelpText('after', HELP_FOOTER);
  for (const command of allCommands(program)) {
    command.exitOverride(usageError(command)).configureOutput({ outputError: () => {} });
  }
  return program;
}

function allCommands(command: Command): Command[] {
  return [command, ...command.commands.flatMap(allCommands)];
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Help and version end with exit 0 (the CommanderError is rethrown); anything else is a usage error. */
function usageError(command: Command) {
  return (error: CommanderError): never => {
    if (error.exitCode === 0) throw error;
    const path = commandPath(command);
    const message =
      error.code === 'commander.help'
        ? `${path} needs a command (see above)`
        : `${error.message.replace(/^error: /, '')} (see ${path} --help)`;
    throw new AppError('validation.failed', message, { command: path });
  };
}
