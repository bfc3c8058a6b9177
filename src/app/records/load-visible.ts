import { canSeeOwner, type VisibleReps } from '../../domain/access/data-scope.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import type { Stores } from '../ports.ts';
import type { ReadResource } from './resource.ts';

/**
 * The record with this id if the actor may see it. A record outside the data scope answers
 * exactly like a missing one, so its existence is not revealed.
 */
export async function loadVisible<R extends { id: string }, W>(
  stores: Stores,
  actor: Actor,
  resource: ReadResource<R, W>,
  id: string,
  visible: VisibleReps,
): Promise<R> {
  const record = resource.canRead(actor)
    ? await resource.store(stores).get(actor.workspace.id, id)
    : null;
  if (
    record === null ||
    (resource.scopeOwner && !canSeeOwner(visible, resource.scopeOwner(record)))
  ) {
    throw new AppError(resource.notFound, `${resource.entity} ${id} not found`);
  }
  return record;
}
