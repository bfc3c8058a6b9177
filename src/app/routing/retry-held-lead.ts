import type { LeadRecord } from '../../domain/records/types.ts';
import { decide } from '../../domain/routing/decide.ts';
import type { RoutingDecision } from '../../domain/routing/decision.ts';
import { conditionFields } from '../../domain/routing/lead-fields.ts';
import { leadKeys } from '../../domain/routing/matching-keys.ts';
import { type PolicyDocument, policyFromDocument } from '../../domain/routing/policy-document.ts';
import type { Actor } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import type { AppDeps } from '../ports.ts';
import { loadRoutingContext } from './load-routing-context.ts';
import { outcomeValues, recordDecision } from './record-decision.ts';

/**
 * Routes a held lead again with the published policy (held leads are retried every
 * `holdRetryMinutes`). Null when the lead is no longer held or no policy is published.
 */
export async function retryHeldLead(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  leadId: string,
): Promise<{ lead: LeadRecord; decision: RoutingDecision } | null> {
  const now = deps.clock.now();
  const workspaceId = actor.workspace.id;
  return deps.transact(async (stores) => {
    await stores.routing.lock(workspaceId);
    const before = await stores.leads.get(workspaceId, leadId);
    const published = (await stores.routingPolicies.current(workspaceId)).published;
    if (before === null || before.status !== 'held' || published === null) return null;
    const routing = await loadRoutingContext(stores, {
      workspaceId,
      timeZone: actor.workspace.timezone,
      now,
      policy: policyFromDocument(published.document as PolicyDocument),
      lead: conditionFields(before),
      keys: leadKeys(before),
      excluded: await stores.routing.lostBySla(workspaceId, leadId),
    });
    const decision = decide(routing);
    const lead = await stores.leads.update(workspaceId, leadId, outcomeValues(decision, now));
    await recordDecision(stores, actor, {
      leadId,
      leadName: before.name,
      decision,
      policyVersion: published.version,
      at: now,
      retry: true,
    });
    if (decision.outcome !== 'held') {
      await writeAudit(stores, actor, {
        action: decision.outcome === 'assigned' ? 'owner_change' : 'update',
        entity: 'lead',
        entityId: leadId,
        before,
        after: lead,
        at: now,
      });
    }
    return { lead, decision };
  });
}
