import type { Actor } from '../actor.ts';
import { visibleRepsOf } from '../actor.ts';
import type { Stores } from '../ports.ts';
import { loadVisible } from './load-visible.ts';
import type { ReadResource } from './resource.ts';

/** One record by id, if the actor may see it (else `<entity>.not_found`). */
export async function getRecord<R extends { id: string }, W>(
  deps: { stores: Stores },
  actor: Actor,
  resource: ReadResource<R, W>,
  id: string,
): Promise<R> {
  const visible = resource.scopeOwner ? await visibleRepsOf(deps.stores, actor) : 'all';
  return loadVisible(deps.stores, actor, resource, id, visible);
}
