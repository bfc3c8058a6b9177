import { systemActor } from '../actor.ts';
import type { AppDeps } from '../ports.ts';
import { expireSla } from './expire-sla.ts';
import { nextDueWork } from './next-due-work.ts';
import { retryHeldLead } from './retry-held-lead.ts';

/**
 * Does every piece of routing work that is due now, in due order, in every workspace: held leads
 * are retried, and owners who missed the first-touch deadline lose their lead. Due times come
 * from the routing log, so nothing is lost when the server restarts. Returns how many ran.
 */
export async function runDueRoutingWork(
  deps: AppDeps,
  workspaceIds: readonly string[],
): Promise<number> {
  let done = 0;
  for (const workspaceId of workspaceIds) {
    const workspace = await deps.stores.workspaces.get(workspaceId);
    if (workspace === null) continue;
    const actor = systemActor(workspace, 'routing');
    const seen = new Set<string>();
    for (;;) {
      const due = await nextDueWork(deps.stores, workspaceId);
      if (due === null || due.dueAt > deps.clock.now()) break;
      const key = `${due.kind}:${due.leadId}:${due.dueAt.getTime()}`;
      if (seen.has(key)) break;
      seen.add(key);
      const ran =
        due.kind === 'retry_held'
          ? await retryHeldLead(deps, actor, due.leadId)
          : await expireSla(deps, actor, due);
      if (ran !== null) done += 1;
    }
  }
  return done;
}
