/**
 * One generic store for the record tables: filtered, searched, scoped, keyset-paginated lists
 * and single-row reads and writes, always inside one workspace.
 */
import { and, asc, desc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { ListRequest, RecordStore } from '../../app/ports.ts';
import { concurrently } from './concurrently.ts';
import type { Db } from './open-database.ts';

type TableWithIds = PgTable & { id: PgColumn; workspaceId: PgColumn; updatedAt?: PgColumn };

export type SortKey = { expr: SQL | PgColumn; nullAs?: unknown };

export type StoreConfig<T extends TableWithIds> = {
  table: T;
  /** Sortable fields by API name. Nullable fields sort with a sentinel in place of null. */
  sort: Record<string, SortKey>;
  /** Filters by API name; a column means equality. */
  filters?: Record<string, PgColumn | ((value: unknown) => SQL)>;
  /** Columns searched (case-insensitive substring) by `q`. */
  search?: PgColumn[];
  /** Column holding the rep whose data scope decides visibility. */
  scope?: PgColumn;
  /** Computed read-only fields added to every row. */
  extra?: Record<string, SQL>;
};

/** Lists count their rows up to this many; beyond it the total reads "10,000+". */
export const COUNT_CAP = 10_000;

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function createRecordStore<R extends { id: string }, W, T extends TableWithIds>(
  db: Db,
  config: StoreConfig<T>,
): RecordStore<R, W> {
  const { table } = config;
  const selection = { ...getTableColumns(table), ...(config.extra ?? {}) };
  const byId = (workspaceId: string, id: string) =>
    and(eq(table.workspaceId, workspaceId), eq(table.id, id));

  function baseWhere(request: ListRequest): SQL[] {
    const where: SQL[] = [eq(table.workspaceId, request.workspaceId)];
    for (const [name, value] of Object.entries(request.filters)) {
      if (name === 'ids') {
        where.push(inArray(table.id, value as string[]));
        continue;
      }
      const filter = config.filters?.[name];
      if (filter === undefined) continue;
      where.push(typeof filter === 'function' ? filter(value) : eq(filter, value));
    }
    if (request.q && config.search?.length) {
      const pattern = `%${escapeLike(request.q)}%`;
      where.push(
        sql`(${sql.join(
          config.search.map((c) => sql`${c} ilike ${pattern}`),
          sql` or `,
        )})`,
      );
    }
    if (config.scope && request.visible !== 'all') {
      const ids = [...request.visible];
      where.push(ids.length === 0 ? sql`false` : inArray(config.scope, ids));
    }
    return where;
  }

  async function get(workspaceId: string, id: string): Promise<R | null> {
    const rows = await db
      .select(selection)
      .from(table as PgTable)
      .where(byId(workspaceId, id))
      .limit(1);
    return (rows[0] as R | undefined) ?? null;
  }

  return {
    async list(request) {
      const key = config.sort[request.sort.field];
      if (key === undefined) throw new Error(`unsortable field ${request.sort.field}`);
      const where = baseWhere(request);
      const page = [...where];
      if (request.after) {
        const value = request.after.value ?? key.nullAs ?? null;
        const op = request.sort.desc ? sql`<` : sql`>`;
        page.push(sql`(${key.expr}, ${table.id}) ${op} (${value}, ${request.after.id})`);
      }
      const order = request.sort.desc ? desc : asc;
      const [rows, counted] = await concurrently(db, [
        () =>
          db
            .select(selection)
            .from(table as PgTable)
            .where(and(...page))
            .orderBy(order(key.expr), order(table.id))
            .limit(request.limit + 1),
        // Counting stops past the cap, so a page of a million-row table stays an index read.
        () =>
          db.execute(
            sql`select count(*)::int as n from (select 1 from ${table} where ${and(...where)} limit ${COUNT_CAP + 1}) as capped`,
          ),
      ]);
      const n = Number((counted as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
      return { rows: rows as R[], total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP };
    },
    get,
    async existing(workspaceId, ids) {
      if (ids.length === 0) return new Set();
      const rows = await db
        .select({ id: table.id })
        .from(table as PgTable)
        .where(and(eq(table.workspaceId, workspaceId), inArray(table.id, [...ids])));
      return new Set(rows.map((r) => r.id as string));
    },
    async insert(workspaceId, values) {
      const [row] = await db
        .insert(table)
        .values({ ...(values as object), workspaceId } as never)
        .returning({ id: table.id });
      return (await get(workspaceId, (row as { id: string }).id)) as R;
    },
    async update(workspaceId, id, values) {
      const set = { ...(values as object), ...(table.updatedAt ? { updatedAt: sql`now()` } : {}) };
      if (Object.keys(set).length > 0) {
        await db
          .update(table)
          .set(set as never)
          .where(byId(workspaceId, id));
      }
      return (await get(workspaceId, id)) as R;
    },
    async remove(workspaceId, id) {
      await db.delete(table).where(byId(workspaceId, id));
    },
  };
}
