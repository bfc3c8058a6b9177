import type { RoutingPolicyRecord } from '../../domain/records/types.ts';
import type { PolicyDocument } from '../../domain/routing/policy-document.ts';
import { type Actor, actorUserId, requireAdmin } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import type { AppDeps } from '../ports.ts';
import { checkPolicy } from './check-policy.ts';

/** Saves the draft routing policy (admins only), refusing it whole when any part is invalid. */
export async function saveRoutingDraft(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  document: PolicyDocument,
): Promise<RoutingPolicyRecord> {
  requireAdmin(actor);
  const now = deps.clock.now();
  return deps.transact(async (stores) => {
    await checkPolicy(stores, actor.workspace.id, document);
    const before = (await stores.routingPolicies.current(actor.workspace.id)).draft;
    const saved = await stores.routingPolicies.saveDraft(
      actor.workspace.id,
      document as Record<string, unknown>,
      actorUserId(actor),
    );
    await writeAudit(stores, actor, {
      action: before ? 'update' : 'create',
      entity: 'routing_policy',
      entityId: saved.id,
      before: before?.document ?? null,
      after: saved.document,
      at: now,
    });
    return saved;
  });
}
