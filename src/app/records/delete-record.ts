import type { Actor } from '../actor.ts';
import { visibleRepsOf } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { AppError, Issues } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { loadVisible } from './load-visible.ts';
import type { Resource } from './resource.ts';

/** Deletes a record the actor may see and change, refusing when other records still need it. */
export async function deleteRecord<R extends { id: string }, W, I, P>(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  resource: Resource<R, W, I, P>,
  id: string,
): Promise<void> {
  const now = deps.clock.now();
  await deps.transact(async (stores) => {
    const visible = await visibleRepsOf(stores, actor);
    const before = await loadVisible(stores, actor, resource, id, visible);
    if (!resource.canWrite(actor))
      throw new AppError('auth.forbidden', `not allowed to delete this ${resource.entity}`);
    await resource.checkDelete?.({ stores, actor, visible, now, issues: new Issues() }, before);
    await resource.store(stores).remove(actor.workspace.id, id);
    await writeAudit(stores, actor, {
      action: 'delete',
      entity: resource.entity,
      entityId: id,
      before,
      at: now,
    });
  });
}
