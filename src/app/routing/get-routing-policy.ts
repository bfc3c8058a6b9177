import type { RoutingPolicyRecord } from '../../domain/records/types.ts';
import { type Actor, requireManager } from '../actor.ts';
import type { Stores } from '../ports.ts';

/** The published routing policy and the draft being edited; managers read, admins also write. */
export async function getRoutingPolicy(
  deps: { stores: Stores },
  actor: Actor,
): Promise<{ draft: RoutingPolicyRecord | null; published: RoutingPolicyRecord | null }> {
  requireManager(actor, 'the routing policy');
  return deps.stores.routingPolicies.current(actor.workspace.id);
}
