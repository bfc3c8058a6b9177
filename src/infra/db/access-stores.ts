/** Stores for workspaces, users, sessions and API tokens. */
import { and, count, eq, lt, sql } from 'drizzle-orm';
import type { RecordStore, Stores } from '../../app/ports.ts';
import type { ApiTokenRecord, UserRecord, WorkspaceRecord } from '../../domain/records/types.ts';
import { cachedToken, forgetCredentials, rememberToken, touchedToken } from './credential-cache.ts';
import type { Db } from './open-database.ts';
import { createRecordStore } from './record-store.ts';
import { apiTokens, sessions, users, workspaces } from './schema.ts';

/** A record store whose writes forget the credentials kept in memory. */
function forgettingCredentials<R, W>(store: RecordStore<R, W>): RecordStore<R, W> {
  return {
    ...store,
    async insert(workspaceId, values) {
      forgetCredentials();
      return store.insert(workspaceId, values);
    },
    async update(workspaceId, id, values) {
      forgetCredentials();
      return store.update(workspaceId, id, values);
    },
    async remove(workspaceId, id) {
      forgetCredentials();
      return store.remove(workspaceId, id);
    },
  };
}

export function createAccessStores(
  db: Db,
): Pick<Stores, 'workspaces' | 'users' | 'sessions' | 'apiTokens'> {
  const userStore = createRecordStore<
    UserRecord,
    Omit<UserRecord, 'id' | 'workspaceId' | 'createdAt' | 'updatedAt'>,
    typeof users
  >(db, {
    table: users,
    sort: {
      email: { expr: users.email },
      name: { expr: users.name },
      createdAt: { expr: users.createdAt },
    },
    filters: { role: users.role, active: users.active },
    search: [users.email, users.name],
  });
  const tokenStore = createRecordStore<
    ApiTokenRecord,
    Stores['apiTokens'] extends { insert(w: string, v: infer V): unknown } ? V : never,
    typeof apiTokens
  >(db, {
    table: apiTokens,
    sort: { createdAt: { expr: apiTokens.createdAt }, name: { expr: apiTokens.name } },
    filters: {
      revoked: (value) =>
        value ? sql`${apiTokens.revokedAt} is not null` : sql`${apiTokens.revokedAt} is null`,
    },
    search: [apiTokens.name],
  });
  return {
    workspaces: {
      async get(id) {
        const [row] = await db.select().from(workspaces).where(eq(workspaces.id, id));
        return (row as WorkspaceRecord | undefined) ?? null;
      },
      async ids() {
        const rows = await db.select({ id: workspaces.id }).from(workspaces);
        return rows.map((r) => r.id);
      },
      async first() {
        const [row] = await db.select().from(workspaces).orderBy(workspaces.createdAt).limit(1);
        return (row as WorkspaceRecord | undefined) ?? null;
      },
      async insert(values) {
        const [row] = await db.insert(workspaces).values(values).returning();
        forgetCredentials();
        return row as WorkspaceRecord;
      },
      async update(id, values) {
        forgetCredentials();
        const [row] = await db
          .update(workspaces)
          .set({ ...values, updatedAt: sql`now()` })
          .where(eq(workspaces.id, id))
          .returning();
        return row as WorkspaceRecord;
      },
    },
    users: {
      ...forgettingCredentials(userStore),
      async findByEmail(email) {
        const [row] = await db
          .select()
          .from(users)
          .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
        return (row as UserRecord | undefined) ?? null;
      },
      async countActiveAdmins(workspaceId) {
        const [row] = await db
          .select({ n: count() })
          .from(users)
          .where(
            and(
              eq(users.workspaceId, workspaceId),
              eq(users.role, 'admin'),
              eq(users.active, true),
            ),
          );
        return Number(row?.n ?? 0);
      },
    },
    sessions: {
      async insert(session) {
        await db.insert(sessions).values(session);
      },
      async resolve(id) {
        const [row] = await db
          .select({ session: sessions, user: users, workspace: workspaces })
          .from(sessions)
          .innerJoin(users, eq(users.id, sessions.userId))
          .innerJoin(workspaces, eq(workspaces.id, sessions.workspaceId))
          .where(eq(sessions.id, id));
        return row ?? null;
      },
      async remove(id) {
        await db.delete(sessions).where(eq(sessions.id, id));
      },
      async removeForUser(userId) {
        await db.delete(sessions).where(eq(sessions.userId, userId));
      },
      async removeExpired(now) {
        await db.delete(sessions).where(lt(sessions.expiresAt, now));
      },
    },
    apiTokens: {
      ...forgettingCredentials(tokenStore),
      async resolve(tokenHash) {
        const kept = cachedToken<NonNullable<typeof row>>(tokenHash);
        if (kept !== undefined) return kept;
        const [row] = await db
          .select({ token: apiTokens, user: users, workspace: workspaces })
          .from(apiTokens)
          .innerJoin(users, eq(users.id, apiTokens.userId))
          .innerJoin(workspaces, eq(workspaces.id, apiTokens.workspaceId))
          .where(eq(apiTokens.tokenHash, tokenHash));
        if (row) rememberToken(tokenHash, row);
        return row ?? null;
      },
      async touch(id, at) {
        await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
        touchedToken(id, at);
      },
    },
  };
}
