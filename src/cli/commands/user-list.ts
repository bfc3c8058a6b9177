import { Command } from 'commander';
import { systemActor } from '../../app/actor.ts';
import { validationError } from '../../app/errors.ts';
import { listRecords } from '../../app/records/list-records.ts';
import { userResource } from '../../app/resources/user-resource.ts';
import { IdSchema } from '../../contracts/common.ts';
import type { UserRecord } from '../../domain/records/types.ts';
import { type CliContext, printJson, selectWorkspace, userView, withDeps } from '../context.ts';
import { renderTable } from '../table.ts';

const PAGE = 200;

/** `allot user list`: every user of the workspace, sorted by e-mail. */
export function userListCommand(ctx: CliContext): Command {
  return new Command('list')
    .description('list the users of the workspace')
    .option('--workspace <id>', 'workspace id when the database holds several (default: the first)')
    .option('--json', 'print the users as JSON')
    .action(async (options: { workspace?: string; json?: true }) => {
      const workspaceId = IdSchema.optional().safeParse(options.workspace);
      if (!workspaceId.success)
        throw validationError([{ path: 'workspace', message: 'must be a workspace id (uuid)' }]);

      const users = await withDeps(ctx, async ({ deps }) => {
        const workspace = await selectWorkspace(deps.stores, workspaceId.data);
        if (!workspace) return [];
        const actor = systemActor(workspace, 'cli');
        const all: UserRecord[] = [];
        let cursor: string | undefined;
        do {
          const page = await listRecords(deps, actor, userResource, { limit: PAGE, cursor });
          all.push(...page.items);
          cursor = page.nextCursor ?? undefined;
        } while (cursor !== undefined);
        return all;
      });

      if (options.json) return printJson(ctx, { items: users.map(userView), total: users.length });
      if (users.length === 0) return ctx.out('No users yet: add one with allot user add.');
      const rows = users.map((u) => [
        u.email,
        u.name,
        u.role,
        u.dataScope,
        u.active ? 'yes' : 'no',
      ]);
      ctx.out(renderTable(['EMAIL', 'NAME', 'ROLE', 'SCOPE', 'ACTIVE'], rows));
    });
}
