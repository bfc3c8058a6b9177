import { Command } from 'commander';
import { systemActor } from '../../app/actor.ts';
import { newSecret } from '../../app/auth/secrets.ts';
import { AppError } from '../../app/errors.ts';
import { updateUser } from '../../app/users/update-user.ts';
import { UserInputSchema } from '../../contracts/access.ts';
import { type CliContext, invalidOptions, printJson, withDeps } from '../context.ts';

const PasswdOptions = UserInputSchema.pick({ email: true, password: true });

/** `allot user passwd`: sets a user's password and ends their sessions. */
export function userPasswdCommand(ctx: CliContext): Command {
  return new Command('passwd')
    .description("set a user's password (a random one is shown once if none is given)")
    .requiredOption('--email <email>', 'e-mail of the user')
    .option('--password <password>', 'at least 10 characters (default: a random one, printed once)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { email: string; password?: string; json?: true }) => {
      const generated = options.password === undefined ? newSecret().slice(0, 16) : undefined;
      const parsed = PasswdOptions.safeParse({
        email: options.email,
        password: options.password ?? generated,
      });
      if (!parsed.success) throw invalidOptions(parsed.error);
      const { email, password } = parsed.data;

      const user = await withDeps(ctx, async ({ deps }) => {
        const found = await deps.stores.users.findByEmail(email);
        const workspace = found && (await deps.stores.workspaces.get(found.workspaceId));
        if (!found || !workspace)
          throw new AppError('user.not_found', `no user with e-mail ${email}`);
        return updateUser(deps, systemActor(workspace, 'cli'), found.id, { password });
      });

      if (options.json) return printJson(ctx, { email: user.email, password: generated });
      ctx.out(`Password of ${user.email} changed; their sessions have ended.`);
      if (generated) ctx.out(`  password: ${generated}\n  (shown only now)`);
    });
}
