/**
 * Lead intake in batches: what a batch of incoming leads needs read (leads taken in before by
 * external id, records sharing any of their keys) and everything it writes, a few multi-row
 * statements for the whole batch.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Stores } from '../../app/ports.ts';
import type { LeadRecord } from '../../domain/records/types.ts';
import { LEAD_KEYS } from './keyed-stores.ts';
import type { Db } from './open-database.ts';
import { recordsSharingKeys } from './records-sharing-keys.ts';
import { assignments, leads, ownerHistory, reps } from './schema.ts';

export function createIntakeStore(db: Db): Stores['intake'] {
  return {
    async takenBefore(workspaceId, externalIds) {
      if (externalIds.length === 0) return [];
      return db
        .select()
        .from(leads)
        .where(
          and(eq(leads.workspaceId, workspaceId), inArray(leads.externalId, [...externalIds])),
        );
    },

    matching: (workspaceId, keys, closedSince) =>
      recordsSharingKeys(db, workspaceId, keys, closedSince),

    async write(workspaceId, batch) {
      if (batch.leads.length === 0) return [];
      const inserted = await db
        .insert(leads)
        .values(batch.leads.map((lead) => ({ ...lead, ...LEAD_KEYS.keys(lead), workspaceId })))
        .returning();
      if (batch.log.length > 0) await db.insert(assignments).values([...batch.log]);
      if (batch.owners.length > 0) await db.insert(ownerHistory).values([...batch.owners]);
      if (batch.lastAssigned.length > 0) {
        const rows = sql.join(
          batch.lastAssigned.map((r) => sql`(${r.repId}::uuid, ${r.at}::timestamptz)`),
          sql`, `,
        );
        await db.execute(sql`
          update ${reps} set last_assigned_at = v.at
          from (values ${rows}) as v(id, at)
          where ${reps.workspaceId} = ${workspaceId} and ${reps.id} = v.id`);
      }
      const byId = new Map(inserted.map((row) => [row.id, row as LeadRecord]));
      return batch.leads.map((lead) => byId.get(lead.id)!);
    },
  };
}
