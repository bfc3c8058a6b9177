import { Command } from 'commander';
import { systemActor } from '../../app/actor.ts';
import { newSecret } from '../../app/auth/secrets.ts';
import { validationError } from '../../app/errors.ts';
import { createWorkspaceWithAdmin } from '../../app/setup/create-workspace.ts';
import { createUser } from '../../app/users/create-user.ts';
import { UserInputSchema } from '../../contracts/access.ts';
import { IdSchema } from '../../contracts/common.ts';
import { DATA_SCOPES, ROLES } from '../../domain/shared/vocabulary.ts';
import {
  type CliContext,
  invalidOptions,
  printJson,
  selectWorkspace,
  userView,
  withDeps,
} from '../context.ts';

type Options = {
  email: string;
  name: string;
  role: string;
  scope?: string;
  password?: string;
  workspace?: string;
  json?: true;
};

/** `allot user add`: adds a user; in an empty database it also creates the workspace. */
export function userAddCommand(ctx: CliContext): Command {
  return new Command('add')
    .description('add a user (a random password is shown once if none is given)')
    .requiredOption('--email <email>', 'sign-in e-mail, unique across the database')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option(
      '--scope <scope>',
      `data scope, one of ${DATA_SCOPES.join(', ')} (default: all for admins, else self)`,
    )
    .option('--password <password>', 'at least 10 characters (default: a random one, printed once)')
    .option('--workspace <id>', 'workspace id when the database holds several (default: the first)')
    .option('--json', 'print the user (and a generated password) as JSON')
    .action(async (options: Options) => {
      const generated = options.password === undefined ? newSecret().slice(0, 16) : undefined;
      const parsed = UserInputSchema.safeParse({
        email: options.email,
        name: options.name,
        role: options.role,
        dataScope: options.scope,
        password: options.password ?? generated,
      });
      if (!parsed.success) throw invalidOptions(parsed.error, { dataScope: 'scope' });
      const workspaceId = IdSchema.optional().safeParse(options.workspace);
      if (!workspaceId.success)
        throw validationError([{ path: 'workspace', message: 'must be a workspace id (uuid)' }]);
      const input = parsed.data;

      const { user, workspace, createdWorkspace } = await withDeps(ctx, async ({ deps }) => {
        const existing = await selectWorkspace(deps.stores, workspaceId.data);
        if (existing) {
          const user = await createUser(deps, systemActor(existing, 'cli'), input);
          return { user, workspace: existing, createdWorkspace: false };
        }
        if (input.role !== 'admin') {
          throw validationError([
            { path: 'role', message: 'the first user of an empty database must be an admin' },
          ]);
        }
        const passwordHash = await deps.hasher.hash(input.password);
        return deps.transact(async (stores) => {
          const created = await createWorkspaceWithAdmin(
            stores,
            { email: input.email, name: input.name, passwordHash },
            deps.clock.now(),
          );
          return { user: created.admin, workspace: created.workspace, createdWorkspace: true };
        });
      });

      if (options.json)
        return printJson(ctx, {
          user: userView(user),
          workspace: { id: workspace.id, name: workspace.name },
          createdWorkspace,
          password: generated,
        });
      if (createdWorkspace) ctx.out(`Created workspace ${workspace.name} (${workspace.id}).`);
      ctx.out(
        `Added ${user.role} ${user.name} <${user.email}> with data scope ${user.dataScope} to workspace ${workspace.name}.`,
      );
      if (generated)
        ctx.out(
          `  password: ${generated}\n  (shown only now: pass it on securely; change it with allot user passwd)`,
        );
    });
}
