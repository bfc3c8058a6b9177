/** Writes audit rows; secrets never reach the log. */
import type { AuditAction, AuditEntity } from '../domain/shared/vocabulary.ts';
import { type Actor, actorUserId } from './actor.ts';
import type { NewAuditEntry, Stores } from './ports.ts';

const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash', 'csrfToken']);

/** A JSON-safe copy without secret fields (dates become ISO strings). */
export function auditView(record: unknown): unknown {
  if (record === null || record === undefined) return null;
  return JSON.parse(
    JSON.stringify(record, (key, value: unknown) => (SECRET_FIELDS.has(key) ? undefined : value)),
  );
}

type AuditEntryOf = {
  action: AuditAction;
  entity: AuditEntity;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  at: Date;
};

/** The audit row of a change made by `actor`. */
export function auditRow(actor: Actor, entry: AuditEntryOf): NewAuditEntry {
  return {
    workspaceId: actor.workspace.id,
    actorUserId: actorUserId(actor),
    actorLabel: actor.label,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: auditView(entry.before),
    after: auditView(entry.after),
    at: entry.at,
    requestId: actor.requestId,
  };
}

export async function writeAudit(stores: Stores, actor: Actor, entry: AuditEntryOf): Promise<void> {
  await stores.audit.append(auditRow(actor, entry));
}
