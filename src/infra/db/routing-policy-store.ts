/** Versions of routing policies: one draft, one published, the rest archived. */
import { and, desc, eq, max, sql } from 'drizzle-orm';
import type { Stores } from '../../app/ports.ts';
import type { Db } from './open-database.ts';
import { routingPolicies } from './schema.ts';

export function createRoutingPolicyStore(db: Db): Stores['routingPolicies'] {
  const inWorkspace = (workspaceId: string) => eq(routingPolicies.workspaceId, workspaceId);
  return {
    async current(workspaceId) {
      const rows = await db
        .select()
        .from(routingPolicies)
        .where(
          and(inWorkspace(workspaceId), sql`${routingPolicies.status} in ('draft', 'published')`),
        );
      return {
        draft: rows.find((r) => r.status === 'draft') ?? null,
        published: rows.find((r) => r.status === 'published') ?? null,
      };
    },
    versions: (workspaceId) =>
      db
        .select()
        .from(routingPolicies)
        .where(inWorkspace(workspaceId))
        .orderBy(desc(routingPolicies.version)),
    async saveDraft(workspaceId, document, by) {
      const [updated] = await db
        .update(routingPolicies)
        .set({ document, createdBy: by, updatedAt: sql`now()` })
        .where(and(inWorkspace(workspaceId), eq(routingPolicies.status, 'draft')))
        .returning();
      if (updated) return updated;
      const [latest] = await db
        .select({ v: max(routingPolicies.version) })
        .from(routingPolicies)
        .where(inWorkspace(workspaceId));
      const [created] = await db
        .insert(routingPolicies)
        .values({
          workspaceId,
          version: (latest?.v ?? 0) + 1,
          status: 'draft',
          document,
          createdBy: by,
        })
        .returning();
      return created!;
    },
    async publishDraft(workspaceId, draftId, by, at) {
      await db
        .update(routingPolicies)
        .set({ status: 'archived', updatedAt: sql`now()` })
        .where(and(inWorkspace(workspaceId), eq(routingPolicies.status, 'published')));
      const [published] = await db
        .update(routingPolicies)
        .set({ status: 'published', publishedAt: at, publishedBy: by, updatedAt: sql`now()` })
        .where(and(inWorkspace(workspaceId), eq(routingPolicies.id, draftId)))
        .returning();
      return published!;
    },
  };
}
