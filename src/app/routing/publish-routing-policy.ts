import type { RoutingPolicyRecord } from '../../domain/records/types.ts';
import type { PolicyDocument } from '../../domain/routing/policy-document.ts';
import { type Actor, actorUserId, requireAdmin } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { checkPolicy } from './check-policy.ts';

/**
 * Puts the draft in force (admins only). It is checked again against today's organisation; the
 * audit row keeps the previous and the new policy, so the change can be read as a diff.
 */
export async function publishRoutingPolicy(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
): Promise<RoutingPolicyRecord> {
  requireAdmin(actor);
  const now = deps.clock.now();
  return deps.transact(async (stores) => {
    const { draft, published } = await stores.routingPolicies.current(actor.workspace.id);
    if (draft === null)
      throw new AppError('routing.no_draft', 'there is no draft routing policy to publish');
    await checkPolicy(stores, actor.workspace.id, draft.document as PolicyDocument);
    const live = await stores.routingPolicies.publishDraft(
      actor.workspace.id,
      draft.id,
      actorUserId(actor),
      now,
    );
    await writeAudit(stores, actor, {
      action: 'publish',
      entity: 'routing_policy',
      entityId: live.id,
      before: published ? { version: published.version, document: published.document } : null,
      after: { version: live.version, document: live.document },
      at: now,
    });
    return live;
  });
}
