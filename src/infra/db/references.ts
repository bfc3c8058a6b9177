/** Counts of rows that point at a record, checked before it is deleted. */
import { and, count, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { concurrently } from './concurrently.ts';
import type { Db } from './open-database.ts';
import {
  accounts,
  activities,
  leads,
  opportunities,
  reps,
  teams,
  territories,
  users,
} from './schema.ts';

type Ref = { name: string; table: PgTable; column: PgColumn; workspace: PgColumn };

const REFERENCES: Record<'team' | 'rep' | 'territory' | 'product' | 'account', Ref[]> = {
  team: [
    { name: 'teams', table: teams, column: teams.parentId, workspace: teams.workspaceId },
    { name: 'reps', table: reps, column: reps.teamId, workspace: reps.workspaceId },
  ],
  rep: [
    {
      name: 'accounts',
      table: accounts,
      column: accounts.ownerRepId,
      workspace: accounts.workspaceId,
    },
    { name: 'leads', table: leads, column: leads.ownerRepId, workspace: leads.workspaceId },
    {
      name: 'opportunities',
      table: opportunities,
      column: opportunities.ownerRepId,
      workspace: opportunities.workspaceId,
    },
    {
      name: 'activities',
      table: activities,
      column: activities.repId,
      workspace: activities.workspaceId,
    },
    { name: 'users', table: users, column: users.repId, workspace: users.workspaceId },
  ],
  territory: [
    {
      name: 'territories',
      table: territories,
      column: territories.parentId,
      workspace: territories.workspaceId,
    },
  ],
  product: [
    {
      name: 'opportunities',
      table: opportunities,
      column: opportunities.productId,
      workspace: opportunities.workspaceId,
    },
  ],
  account: [
    {
      name: 'opportunities',
      table: opportunities,
      column: opportunities.accountId,
      workspace: opportunities.workspaceId,
    },
    { name: 'leads', table: leads, column: leads.accountId, workspace: leads.workspaceId },
  ],
};

export async function countReferences(
  db: Db,
  workspaceId: string,
  entity: keyof typeof REFERENCES,
  id: string,
): Promise<Record<string, number>> {
  const counts = await concurrently(
    db,
    REFERENCES[entity].map((ref) => async () => {
      const where: SQL | undefined = and(eq(ref.workspace, workspaceId), eq(ref.column, id));
      const [row] = await db.select({ n: count() }).from(ref.table).where(where);
      return [ref.name, Number(row?.n ?? 0)] as const;
    }),
  );
  return Object.fromEntries(counts);
}
