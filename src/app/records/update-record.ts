import type { Actor } from '../actor.ts';
import { actorUserId, visibleRepsOf } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { AppError, Issues } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { loadVisible } from './load-visible.ts';
import type { Resource } from './resource.ts';

/**
 * Applies a partial change in one transaction. An owner change is written to the owner history
 * with its reason and audited as `owner_change`; other changes as `update`.
 */
export async function updateRecord<R extends { id: string }, W, I, P>(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  resource: Resource<R, W, I, P>,
  id: string,
  patch: P,
): Promise<R> {
  const now = deps.clock.now();
  return deps.transact(async (stores) => {
    const visible = await visibleRepsOf(stores, actor);
    const store = resource.store(stores);
    const before = await loadVisible(stores, actor, resource, id, visible);
    if (!resource.canWrite(actor))
      throw new AppError('auth.forbidden', `not allowed to change this ${resource.entity}`);
    const ctx = { stores, actor, visible, now, issues: new Issues() };
    const values = await resource.prepareUpdate(ctx, before, patch);
    ctx.issues.throwIfAny();
    const after = await store.update(actor.workspace.id, id, values);
    const ownerBefore = (before as { ownerRepId?: string | null }).ownerRepId ?? null;
    const ownerAfter = (after as { ownerRepId?: string | null }).ownerRepId ?? null;
    const ownerChanged = resource.owned !== undefined && ownerBefore !== ownerAfter;
    if (resource.owned && ownerChanged) {
      await stores.ownerHistory.append({
        workspaceId: actor.workspace.id,
        entity: resource.owned.entity,
        entityId: id,
        fromRepId: ownerBefore,
        toRepId: ownerAfter,
        at: now,
        byUserId: actorUserId(actor),
        reason: resource.owned.reason(patch) ?? '',
      });
    }
    await resource.afterUpdate?.(ctx, before, after);
    await writeAudit(stores, actor, {
      action: ownerChanged ? 'owner_change' : 'update',
      entity: resource.entity,
      entityId: id,
      before,
      after,
      at: now,
    });
    return after;
  });
}
