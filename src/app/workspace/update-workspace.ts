import type { WorkspaceRecord } from '../../domain/records/types.ts';
import type { Locale } from '../../domain/shared/vocabulary.ts';
import { type Actor, requireAdmin } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { validationError } from '../errors.ts';
import type { AppDeps } from '../ports.ts';

export type WorkspacePatch = {
  name?: string | undefined;
  timezone?: string | undefined;
  locale?: Locale | undefined;
  currency?: string | undefined;
};

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Workspace settings (admins only): name, business time zone, default language, currency. */
export async function updateWorkspace(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  patch: WorkspacePatch,
): Promise<WorkspaceRecord> {
  requireAdmin(actor);
  if (patch.timezone !== undefined && !isTimeZone(patch.timezone)) {
    throw validationError([
      {
        path: 'timezone',
        message: `unknown IANA time zone ${patch.timezone}`,
        code: 'unknown_time_zone',
      },
    ]);
  }
  const now = deps.clock.now();
  return deps.transact(async (stores) => {
    const values = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const after = await stores.workspaces.update(actor.workspace.id, values);
    await writeAudit(stores, actor, {
      action: 'update',
      entity: 'workspace',
      entityId: after.id,
      before: actor.workspace,
      after,
      at: now,
    });
    return after;
  });
}
