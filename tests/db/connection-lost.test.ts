import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/test-db.ts';

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('an idle PostgreSQL connection closed by the server', () => {
  it('is reported instead of crashing the process, and the next query reconnects', async () => {
    const lost: Error[] = [];
    const database = await freshDatabase('postgres', (error) => lost.push(error));
    const workspaces = async () =>
      (
        (await database.db.execute(
          sql`select count(*)::int as n, current_database() as name from workspaces`,
        )) as unknown as { rows: { n: number; name: string }[] }
      ).rows[0];
    try {
      const before = await workspaces();
      expect(before?.n).toBe(0);
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1',
        [before?.name],
      );
      await admin.end();
      await expect.poll(() => lost.length).toBeGreaterThan(0);
      expect(lost[0]?.message).toMatch(/terminating connection/);
      expect((await workspaces())?.n).toBe(0);
    } finally {
      await database.close();
    }
  });
});
