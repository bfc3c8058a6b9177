import { type PolicyDocument, policyFromDocument } from '../../domain/routing/policy-document.ts';
import { systemActor } from '../actor.ts';
import type { AppDeps } from '../ports.ts';
import { retryHeldLead } from './retry-held-lead.ts';

/**
 * Routes again every held lead whose latest decision is at least `holdRetryMinutes` old, oldest
 * first, in every workspace. The due times follow from the routing log, so nothing is lost when
 * the server restarts. Returns how many leads were retried.
 */
export async function retryDueHeldLeads(
  deps: AppDeps,
  workspaceIds: readonly string[],
): Promise<number> {
  let retried = 0;
  for (const workspaceId of workspaceIds) {
    const [workspace, current] = await Promise.all([
      deps.stores.workspaces.get(workspaceId),
      deps.stores.routingPolicies.current(workspaceId),
    ]);
    if (workspace === null || current.published === null) continue;
    const retryMs =
      policyFromDocument(current.published.document as PolicyDocument).holdRetryMinutes * 60_000;
    const actor = systemActor(workspace, 'routing');
    const seen = new Set<string>();
    for (;;) {
      const next = await deps.stores.routing.oldestHeld(workspaceId);
      if (next === null || seen.has(next.leadId)) break;
      if (next.lastDecisionAt.getTime() + retryMs > deps.clock.now().getTime()) break;
      seen.add(next.leadId);
      if ((await retryHeldLead(deps, actor, next.leadId)) !== null) retried += 1;
    }
  }
  return retried;
}
