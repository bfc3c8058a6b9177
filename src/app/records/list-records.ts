import type { Actor } from '../actor.ts';
import { visibleRepsOf } from '../actor.ts';
import { AppError } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import type { ReadResource } from './resource.ts';

export type ListInput = {
  limit: number;
  cursor?: string | undefined;
  sort?: string | undefined;
  q?: string | undefined;
  [filter: string]: unknown;
};

export type ListOutput<R> = {
  items: R[];
  nextCursor: string | null;
  total: number;
  totalCapped: boolean;
};

/** A page of records the actor may see, filtered and sorted, with the cursor of the next page. */
export async function listRecords<R extends { id: string }, W>(
  deps: Pick<AppDeps, 'stores'>,
  actor: Actor,
  resource: ReadResource<R, W>,
  input: ListInput,
): Promise<ListOutput<R>> {
  if (!resource.canRead(actor))
    throw new AppError('auth.forbidden', 'not allowed to list these records');
  const { limit, cursor, sort, q, ...filters } = input;
  const sortText = sort ?? resource.defaultSort;
  const desc = sortText.startsWith('-');
  const field = desc ? sortText.slice(1) : sortText;
  const visible = resource.scopeOwner ? await visibleRepsOf(deps.stores, actor) : 'all';
  const { rows, total, totalCapped } = await resource.store(deps.stores).list({
    workspaceId: actor.workspace.id,
    filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)),
    q,
    sort: { field, desc },
    limit,
    after: cursor === undefined ? undefined : decodeCursor(cursor),
    visible,
  });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({ value: (last as Record<string, unknown>)[field], id: last.id })
      : null;
  return { items, nextCursor, total, totalCapped };
}
