import type { PolicyDocument } from '../../domain/routing/policy-document.ts';
import { policyFromDocument } from '../../domain/routing/policy-document.ts';
import type { Stores } from '../ports.ts';

export type DueWork =
  | { kind: 'retry_held'; dueAt: Date; leadId: string }
  | { kind: 'sla_expiry'; dueAt: Date; leadId: string; repId: string; assignedAt: Date };

/**
 * The earliest piece of scheduled routing work of a workspace: a held lead to retry
 * (`holdRetryMinutes` after its latest decision) or a routed lead whose owner missed the
 * first-touch deadline (`sla.firstTouchMinutes`). Due times follow from the routing log.
 */
export async function nextDueWork(stores: Stores, workspaceId: string): Promise<DueWork | null> {
  const published = (await stores.routingPolicies.current(workspaceId)).published;
  if (published === null) return null;
  const policy = policyFromDocument(published.document as PolicyDocument);
  const held = await stores.routing.oldestHeld(workspaceId);
  const untouched =
    policy.sla && policy.sla.action.kind !== 'pool'
      ? await stores.routing.oldestUntouched(workspaceId)
      : null;
  const candidates: DueWork[] = [];
  if (held) {
    candidates.push({
      kind: 'retry_held',
      leadId: held.leadId,
      dueAt: new Date(held.lastDecisionAt.getTime() + policy.holdRetryMinutes * 60_000),
    });
  }
  if (untouched && policy.sla) {
    const dueAt = new Date(untouched.assignedAt.getTime() + policy.sla.firstTouchMinutes * 60_000);
    candidates.push({ kind: 'sla_expiry', dueAt, ...untouched });
  }
  return candidates.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0] ?? null;
}
