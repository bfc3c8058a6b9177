import { DECISION_VERSION, type RoutingDecision } from '../../domain/routing/decision.ts';
import type { Stores } from '../ports.ts';

/**
 * A lead given an owner by hand enters the routing log as a `manual` assignment, and the rep's
 * latest assignment moves on: it counts toward the rep's caps and round robin like any
 * assignment, but starts no first-touch timer and is no rule's weighted count.
 */
export async function recordManualAssignment(
  stores: Stores,
  workspaceId: string,
  entry: { leadId: string; repId: string; at: Date },
): Promise<void> {
  const decision: RoutingDecision = {
    version: DECISION_VERSION,
    outcome: 'assigned',
    repId: entry.repId,
    ruleId: null,
    method: 'manual',
    candidates: [],
    rules: [],
    warnings: [],
  };
  await stores.routing.record({
    workspaceId,
    leadId: entry.leadId,
    repId: entry.repId,
    outcome: 'assigned',
    ruleId: null,
    method: 'manual',
    policyVersion: null,
    decision: decision as unknown as Record<string, unknown>,
    retry: false,
    at: entry.at,
  });
  await stores.routing.setLastAssigned(workspaceId, entry.repId, entry.at);
}
