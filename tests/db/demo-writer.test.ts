/** The demo workspace lands in the database whole, consistent, and with every user able to sign in. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/domain/demo/generate-demo.ts';
import { writeDemo } from '../../src/infra/db/demo-writer.ts';
import type { Database } from '../../src/infra/db/open-database.ts';
import { ENGINES, freshDatabase } from '../helpers/test-db.ts';

const NOW = new Date('2026-03-02T01:00:00.000Z');
const data = generateDemo({
  seed: 11,
  now: NOW,
  reps: 14,
  accounts: 60,
  leads: 240,
  opportunities: 90,
  activities: 500,
});

const TABLES = {
  workspaces: 1,
  teams: data.teams.length,
  users: data.users.length,
  reps: data.reps.length,
  territories: data.territories.length,
  territory_reps: data.territoryReps.length,
  products: data.products.length,
  accounts: data.accounts.length,
  leads: data.leads.length,
  opportunities: data.opportunities.length,
  activities: data.activities.length,
  owner_history: data.ownerHistory.length,
} as const;

async function count(database: Database, query: string): Promise<number> {
  const result = await database.db.execute(sql.raw(query));
  const rows = (result as unknown as { rows: { n: number | string }[] }).rows;
  return Number(rows[0]?.n);
}

describe.each(ENGINES)('writeDemo on %s', (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    await writeDemo(database.db, data, 'hash-of-demo-password');
  });
  afterAll(async () => {
    await database?.close();
  });

  it.each(Object.entries(TABLES))('writes every row of %s', async (table, expected) => {
    expect(expected).toBeGreaterThan(0);
    expect(await count(database, `select count(*) as n from ${table}`)).toBe(expected);
  });

  it('links teams to their managers and juniors to their mentors once both exist', async () => {
    expect(
      await count(database, 'select count(*) as n from teams where manager_user_id is null'),
    ).toBe(0);
    const managersElsewhere = await count(
      database,
      `select count(*) as n from teams t join users u on u.id = t.manager_user_id
       where u.team_id is distinct from t.id or u.role <> 'manager'`,
    );
    expect(managersElsewhere).toBe(0);
    const juniors = data.reps.filter((r) => r.level === 'junior').length;
    expect(juniors).toBeGreaterThan(0);
    expect(
      await count(
        database,
        `select count(*) as n from reps r join reps m on m.id = r.mentor_id
         where r.level = 'junior' and m.level = 'senior' and m.team_id = r.team_id`,
      ),
    ).toBe(juniors);
  });

  it('keeps records consistent across tables', async () => {
    // Every rep has exactly one user in its own team.
    expect(
      await count(
        database,
        `select count(*) as n from reps r join users u on u.rep_id = r.id and u.team_id = r.team_id`,
      ),
    ).toBe(data.reps.length);
    // An account's last follow-up is its latest activity.
    expect(
      await count(
        database,
        `select count(*) as n from accounts a
         where a.last_follow_up_at is distinct from (select max(at) from activities x where x.account_id = a.id)`,
      ),
    ).toBe(0);
    // Every owned account and lead has its initial owner in the history.
    expect(
      await count(
        database,
        `select count(*) as n from accounts a where a.owner_rep_id is not null and not exists
           (select 1 from owner_history h where h.entity = 'account' and h.entity_id = a.id
              and h.to_rep_id = a.owner_rep_id and h.at = a.owned_since)`,
      ),
    ).toBe(0);
    expect(
      await count(
        database,
        `select count(*) as n from leads l where l.owner_rep_id is not null and not exists
           (select 1 from owner_history h where h.entity = 'lead' and h.entity_id = l.id and h.to_rep_id = l.owner_rep_id)`,
      ),
    ).toBe(0);
    expect(
      await count(
        database,
        `select count(*) as n from users where password_hash <> 'hash-of-demo-password'`,
      ),
    ).toBe(0);
  });

  it('keeps timestamps exactly as generated', async () => {
    const first = data.accounts.find((a) => a.ownedSince !== null);
    const result = await database.db.execute(
      sql`select owned_since from accounts where id = ${first?.id ?? ''}::uuid`,
    );
    const row = (result as unknown as { rows: { owned_since: Date | string }[] }).rows[0];
    expect(new Date(row?.owned_since ?? 0).toISOString()).toBe(first?.ownedSince?.toISOString());
  });
});
