/** The in-app inbox on the database. */
import { and, count, desc, eq, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Stores } from '../../app/ports.ts';
import type { Db } from './open-database.ts';
import { notifications, users } from './schema.ts';

export function createNotificationStore(db: Db): Stores['notifications'] {
  const mine = (workspaceId: string, userId: string) =>
    and(eq(notifications.workspaceId, workspaceId), eq(notifications.userId, userId));
  return {
    async send(entries) {
      if (entries.length > 0) await db.insert(notifications).values([...entries]);
    },
    async inbox(workspaceId, userId, page) {
      const { after } = page;
      return db
        .select()
        .from(notifications)
        .where(
          and(
            mine(workspaceId, userId),
            page.unreadOnly ? isNull(notifications.readAt) : undefined,
            after
              ? or(
                  lt(notifications.at, after.at),
                  and(eq(notifications.at, after.at), lt(notifications.id, after.id)),
                )
              : undefined,
          ),
        )
        .orderBy(desc(notifications.at), desc(notifications.id))
        .limit(page.limit);
    },
    async unreadCount(workspaceId, userId) {
      const [row] = await db
        .select({ n: count() })
        .from(notifications)
        .where(and(mine(workspaceId, userId), isNull(notifications.readAt)));
      return Number(row?.n ?? 0);
    },
    async markRead(workspaceId, userId, ids, at) {
      if (ids !== 'all' && ids.length === 0) return 0;
      const changed = await db
        .update(notifications)
        .set({ readAt: at })
        .where(
          and(
            mine(workspaceId, userId),
            isNull(notifications.readAt),
            ids === 'all' ? undefined : inArray(notifications.id, [...ids]),
          ),
        )
        .returning({ id: notifications.id });
      return changed.length;
    },
    async usersOfReps(workspaceId, repIds) {
      if (repIds.length === 0) return new Map();
      const rows = await db
        .select({ repId: users.repId, userId: users.id })
        .from(users)
        .where(
          and(
            eq(users.workspaceId, workspaceId),
            inArray(users.repId, [...repIds]),
            isNotNull(users.repId),
            eq(users.active, true),
          ),
        );
      return new Map(rows.map((r) => [r.repId as string, r.userId]));
    },
  };
}
