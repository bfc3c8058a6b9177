/** Whether every committed migration has been applied to the database. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { type Db, MIGRATIONS_FOLDER } from './open-database.ts';

let expected: number | undefined;

function committedMigrations(): number {
  expected ??= (
    JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
      entries: unknown[];
    }
  ).entries.length;
  return expected;
}

export async function migrationsCurrent(db: Db): Promise<boolean> {
  try {
    const result = await db.execute(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    const rows = (result as unknown as { rows: { n: number }[] }).rows;
    return Number(rows[0]?.n ?? 0) >= committedMigrations();
  } catch {
    return false;
  }
}
