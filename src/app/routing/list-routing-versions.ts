import type { RoutingPolicyRecord } from '../../domain/records/types.ts';
import { type Actor, requireManager } from '../actor.ts';
import type { Stores } from '../ports.ts';

/** Every version of the routing policy, newest first (managers and admins). */
export async function listRoutingVersions(
  deps: { stores: Stores },
  actor: Actor,
): Promise<RoutingPolicyRecord[]> {
  requireManager(actor, 'the routing policy');
  return deps.stores.routingPolicies.versions(actor.workspace.id);
}
