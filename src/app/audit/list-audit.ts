import type { AuditRecord } from '../../domain/records/types.ts';
import type { AuditAction, AuditEntity } from '../../domain/shared/vocabulary.ts';
import { type Actor, requireAdmin } from '../actor.ts';
import { validationError } from '../errors.ts';
import type { Stores } from '../ports.ts';

export type AuditListInput = {
  limit: number;
  cursor?: string | undefined;
  entity?: AuditEntity | undefined;
  entityId?: string | undefined;
  action?: AuditAction | undefined;
  actorUserId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/** The audit log, newest first (admins only). The cursor is the id of the last row seen. */
export async function listAudit(
  deps: { stores: Stores },
  actor: Actor,
  input: AuditListInput,
): Promise<{ items: AuditRecord[]; nextCursor: string | null }> {
  requireAdmin(actor);
  const beforeId = input.cursor === undefined ? undefined : Number(input.cursor);
  if (beforeId !== undefined && !Number.isSafeInteger(beforeId)) {
    throw validationError([
      { path: 'cursor', message: 'not a cursor returned by this list', code: 'invalid_cursor' },
    ]);
  }
  const rows = await deps.stores.audit.list({
    workspaceId: actor.workspace.id,
    limit: input.limit + 1,
    beforeId,
    entity: input.entity,
    entityId: input.entityId,
    action: input.action,
    actorUserId: input.actorUserId,
    from: input.from === undefined ? undefined : new Date(input.from),
    to: input.to === undefined ? undefined : new Date(input.to),
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? String(last.id) : null };
}
