/**
 * Writes a generated demo workspace into the database in one transaction: rows in foreign-key
 * order, chunked multi-row inserts, and the circular references (team managers ↔ users,
 * mentors → reps) set by bulk updates once both ends exist.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DemoData } from '../../domain/demo/demo-types.ts';
import { ACCOUNT_KEYS, LEAD_KEYS } from './keyed-stores.ts';
import type { Db } from './open-database.ts';
import {
  accounts,
  activities,
  leads,
  opportunities,
  ownerHistory,
  products,
  reps,
  teams,
  territories,
  territoryReps,
  users,
  workspaces,
} from './schema.ts';

/** Rows per INSERT statement; fewer for wide tables so one statement stays far below 65,535 parameters. */
const MAX_ROWS = 1000;
const MAX_PARAMS = 30_000;

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Inserts `data` (from `generateDemo`) with every user's password hash set to `passwordHash`.
 * All or nothing: any failure rolls the whole workspace back.
 */
export async function writeDemo(db: Db, data: DemoData, passwordHash: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(workspaces).values(data.workspace);
    await insertChunked(
      tx,
      teams,
      parentsFirst(data.teams).map((t) => ({ ...t, managerUserId: null })),
    );
    await insertChunked(
      tx,
      reps,
      data.reps.map((r) => ({ ...r, mentorId: null })),
    );
    await insertChunked(
      tx,
      users,
      data.users.map((u) => ({ ...u, passwordHash })),
    );
    await setReferences(
      tx,
      'teams',
      'manager_user_id',
      data.teams.map((t) => [t.id, t.managerUserId]),
    );
    await setReferences(
      tx,
      'reps',
      'mentor_id',
      data.reps.map((r) => [r.id, r.mentorId]),
    );
    await insertChunked(tx, territories, parentsFirst(data.territories));
    await insertChunked(tx, territoryReps, data.territoryReps);
    await insertChunked(tx, products, data.products);
    await insertChunked(tx, accounts, data.accounts, (a) => ({ ...a, ...ACCOUNT_KEYS.keys(a) }));
    await insertChunked(tx, leads, data.leads, (l) => ({ ...l, ...LEAD_KEYS.keys(l) }));
    await insertChunked(tx, opportunities, data.opportunities);
    await insertChunked(tx, activities, data.activities);
    await insertChunked(tx, ownerHistory, data.ownerHistory);
  });
}

async function insertChunked<T extends PgTable, R = T['$inferInsert']>(
  tx: Tx,
  table: T,
  rows: readonly R[],
  /** Applied chunk by chunk, so a million rows are not copied at once. */
  toRow: (row: R) => T['$inferInsert'] = (row) => row as T['$inferInsert'],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Math.max(1, Object.keys(toRow(first)).length);
  const size = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / columns)));
  for (let i = 0; i < rows.length; i += size) {
    await tx.insert(table).values(rows.slice(i, i + size).map(toRow));
  }
}

/**
 * Sets a uuid column from (id, value) pairs with one `UPDATE … FROM (VALUES …)` per chunk;
 * pairs whose value is null are skipped (the column was inserted as null).
 */
async function setReferences(
  tx: Tx,
  table: 'teams' | 'reps',
  column: 'manager_user_id' | 'mentor_id',
  pairs: readonly (readonly [string, string | null])[],
): Promise<void> {
  const set = pairs.filter((p): p is readonly [string, string] => p[1] !== null);
  for (let i = 0; i < set.length; i += MAX_ROWS) {
    const values: SQL[] = set
      .slice(i, i + MAX_ROWS)
      .map(([id, value]) => sql`(${id}::uuid, ${value}::uuid)`);
    await tx.execute(
      sql`update ${sql.identifier(table)} as t set ${sql.identifier(column)} = v.value
          from (values ${sql.join(values, sql`, `)}) as v(id, value) where t.id = v.id`,
    );
  }
}

/** Orders a tree's rows so every parent precedes its children (parentId → id). */
function parentsFirst<T extends { id: string; parentId: string | null }>(rows: readonly T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const depth = new Map<string, number>();
  const depthOf = (row: T): number => {
    const known = depth.get(row.id);
    if (known !== undefined) return known;
    const chain: T[] = [];
    let current: T | undefined = row;
    let base = 0;
    while (current) {
      const d = depth.get(current.id);
      if (d !== undefined) {
        base = d + 1;
        break;
      }
      if (chain.includes(current)) break; // a cycle: the database will refuse it
      chain.push(current);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    for (let k = chain.length - 1; k >= 0; k--) depth.set((chain[k] as T).id, base++);
    return depth.get(row.id) as number;
  };
  return rows
    .map((row, index) => ({ row, index, depth: depthOf(row) }))
    .sort((a, b) => a.depth - b.depth || a.index - b.index)
    .map((x) => x.row);
}
