import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from './open-database.ts';

type Results<T extends readonly (() => Promise<unknown>)[]> = {
  -readonly [K in keyof T]: Awaited<ReturnType<T[K]>>;
};

/**
 * Runs independent queries side by side on a pool, and one after another inside a
 * transaction, which holds a single connection that takes one query at a time.
 */
export async function concurrently<const T extends readonly (() => Promise<unknown>)[]>(
  db: Db,
  queries: T,
): Promise<Results<T>> {
  if (!(db instanceof PgTransaction)) {
    return (await Promise.all(queries.map((query) => query()))) as Results<T>;
  }
  const results: unknown[] = [];
  for (const query of queries) results.push(await query());
  return results as Results<T>;
}
