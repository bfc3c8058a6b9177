import type { LeadRecord } from '../../domain/records/types.ts';
import { decide } from '../../domain/routing/decide.ts';
import type { RoutingDecision } from '../../domain/routing/decision.ts';
import { conditionFields } from '../../domain/routing/lead-fields.ts';
import { leadKeys } from '../../domain/routing/matching-keys.ts';
import { type PolicyDocument, policyFromDocument } from '../../domain/routing/policy-document.ts';
import type { Actor } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { sendToReps } from '../notifications/notify-routing.ts';
import type { AppDeps } from '../ports.ts';
import { loadRoutingContext } from './load-routing-context.ts';
import { outcomeValues, recordDecision } from './record-decision.ts';

export type SlaExpiry = {
  lead: LeadRecord;
  from: string;
  action: 'reassign' | 'notify';
  minutes: number;
  /** The new decision when the action reassigns. */
  decision: RoutingDecision | null;
};

/**
 * The owner did not touch a routed lead within `sla.firstTouchMinutes`: the expiry is recorded,
 * and with `reassign` the lead is routed again with every rep who lost it this way excluded.
 * Null when the lead was touched, handed over or closed meanwhile, or no SLA is in force.
 */
export async function expireSla(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  input: { leadId: string; repId: string; assignedAt: Date },
): Promise<SlaExpiry | null> {
  const now = deps.clock.now();
  const workspaceId = actor.workspace.id;
  return deps.transact(async (stores) => {
    await stores.routing.lock(workspaceId);
    const published = (await stores.routingPolicies.current(workspaceId)).published;
    const before = await stores.leads.get(workspaceId, input.leadId);
    if (published === null || before === null) return null;
    const policy = policyFromDocument(published.document as PolicyDocument);
    const sla = policy.sla;
    if (sla === null || sla.action.kind === 'pool') return null;
    if (before.status !== 'assigned' || before.ownerRepId !== input.repId) return null;
    const action = sla.action.kind;
    await stores.routing.record({
      workspaceId,
      leadId: input.leadId,
      repId: input.repId,
      outcome: 'sla_expired',
      ruleId: null,
      method: null,
      policyVersion: published.version,
      decision: {
        version: 1,
        outcome: 'sla_expired',
        from: input.repId,
        minutes: sla.firstTouchMinutes,
        action,
      },
      retry: false,
      at: now,
    });
    await sendToReps(stores, workspaceId, [
      {
        toRep: input.repId,
        kind: 'sla_expired',
        leadId: input.leadId,
        repId: input.repId,
        params: { lead: before.name, minutes: sla.firstTouchMinutes },
        at: now,
      },
    ]);
    if (action === 'notify')
      return {
        lead: before,
        from: input.repId,
        action,
        minutes: sla.firstTouchMinutes,
        decision: null,
      };
    const routing = await loadRoutingContext(stores, {
      workspaceId,
      timeZone: actor.workspace.timezone,
      now,
      policy,
      lead: conditionFields(before),
      keys: leadKeys(before),
      excluded: await stores.routing.lostBySla(workspaceId, input.leadId),
    });
    const decision = decide(routing);
    const lead = await stores.leads.update(workspaceId, input.leadId, outcomeValues(decision, now));
    await recordDecision(stores, actor, {
      leadId: input.leadId,
      leadName: before.name,
      decision,
      policyVersion: published.version,
      at: now,
      retry: true,
      fromRepId: input.repId,
    });
    await writeAudit(stores, actor, {
      action: 'owner_change',
      entity: 'lead',
      entityId: input.leadId,
      before,
      after: lead,
      at: now,
    });
    return { lead, from: input.repId, action, minutes: sla.firstTouchMinutes, decision };
  });
}
