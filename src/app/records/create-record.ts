import type { Actor } from '../actor.ts';
import { actorUserId, visibleRepsOf } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { AppError, Issues } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import type { Resource } from './resource.ts';

/** Validates the whole input, then writes the record, its owner history and the audit row in one transaction. */
export async function createRecord<R extends { id: string }, W, I, P>(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  resource: Resource<R, W, I, P>,
  input: I,
): Promise<R> {
  if (!resource.canWrite(actor))
    throw new AppError('auth.forbidden', `not allowed to create a ${resource.entity}`);
  const now = deps.clock.now();
  return deps.transact(async (stores) => {
    const visible = await visibleRepsOf(stores, actor);
    const ctx = { stores, actor, visible, now, issues: new Issues() };
    const values = await resource.prepareCreate(ctx, input);
    ctx.issues.throwIfAny();
    const record = await resource.store(stores).insert(actor.workspace.id, values);
    const owner = (record as { ownerRepId?: string | null }).ownerRepId ?? null;
    if (resource.owned && owner !== null) {
      await stores.ownerHistory.append({
        workspaceId: actor.workspace.id,
        entity: resource.owned.entity,
        entityId: record.id,
        fromRepId: null,
        toRepId: owner,
        at: now,
        byUserId: actorUserId(actor),
        reason: resource.owned.reason(input) ?? '',
      });
    }
    await resource.afterCreate?.(ctx, record);
    await writeAudit(stores, actor, {
      action: 'create',
      entity: resource.entity,
      entityId: record.id,
      after: record,
      at: now,
    });
    return record;
  });
}
