import type { RoutingDecision } from '../../domain/routing/decision.ts';
import { type Actor, actorUserId } from '../actor.ts';
import { notifyRouting } from '../notifications/notify-routing.ts';
import type { LeadWrite, NewAssignment, NewOwnerHistory, Stores } from '../ports.ts';

/** The lead's owner and status after a decision. */
export function outcomeValues(decision: RoutingDecision, now: Date): Partial<LeadWrite> {
  switch (decision.outcome) {
    case 'assigned':
      return {
        ownerRepId: decision.repId,
        status: 'assigned',
        ownedSince: now,
        ...(decision.matched?.record.kind === 'account'
          ? { accountId: decision.matched.record.id }
          : {}),
      };
    case 'duplicate':
      return {
        status: 'closed',
        closeResult: 'invalid',
        closedAt: now,
        ownerRepId: null,
        ownedSince: null,
      };
    case 'held':
      return { status: 'held', ownerRepId: null, ownedSince: null };
    case 'pooled':
      return { status: 'pooled', ownerRepId: null, ownedSince: null };
    default: {
      const never: never = decision;
      throw new Error(`unknown outcome ${JSON.stringify(never)}`);
    }
  }
}

export type DecisionEntry = {
  leadId: string;
  leadName: string;
  decision: RoutingDecision;
  policyVersion: number;
  /** The owner before this decision (an SLA reassignment takes the lead from someone). */
  fromRepId?: string | null;
  at: Date;
  retry: boolean;
};

/**
 * The rows a decision writes: its routing-log entry, and for an assignment the lead's owner
 * history (reason `routing:<method>[:<rule>]`) and the rep's latest assignment time.
 */
export function decisionRows(actor: Actor, entry: DecisionEntry) {
  const { decision, at } = entry;
  const workspaceId = actor.workspace.id;
  const log: NewAssignment = {
    workspaceId,
    leadId: entry.leadId,
    repId: decision.outcome === 'assigned' ? decision.repId : null,
    outcome: decision.outcome,
    ruleId: decision.outcome === 'duplicate' ? null : decision.ruleId,
    method: decision.outcome === 'assigned' ? decision.method : null,
    policyVersion: entry.policyVersion,
    decision: decision as unknown as Record<string, unknown>,
    retry: entry.retry,
    at,
  };
  if (decision.outcome !== 'assigned') return { log, owner: null };
  const owner: NewOwnerHistory = {
    workspaceId,
    entity: 'lead',
    entityId: entry.leadId,
    fromRepId: entry.fromRepId ?? null,
    toRepId: decision.repId,
    at,
    byUserId: actorUserId(actor),
    reason: `routing:${decision.method}${decision.ruleId ? `:${decision.ruleId}` : ''}`,
  };
  return { log, owner };
}

/**
 * Writes a decision to the routing log; for an assignment also the rep's latest assignment time
 * and the lead's owner history; and tells the people it concerns (the new owner, a junior's
 * mentor, a duplicated lead's owner).
 */
export async function recordDecision(
  stores: Stores,
  actor: Actor,
  entry: DecisionEntry,
): Promise<void> {
  const workspaceId = actor.workspace.id;
  const { log, owner } = decisionRows(actor, entry);
  await stores.routing.record(log);
  await notifyRouting(stores, workspaceId, entry);
  if (owner === null || log.repId === null) return;
  await stores.routing.setLastAssigned(workspaceId, log.repId, entry.at);
  await stores.ownerHistory.append(owner);
}
