/**
 * Concurrent intake on PostgreSQL: 16 clients × 500 leads against reps with tight daily caps.
 * No lead may be assigned twice, no cap exceeded, no acknowledged lead lost or stored twice.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aRep, aTeam, aUser, aWorkspace } from '../factories.ts';
import { as, signIn, startTestApp } from '../helpers/test-app.ts';

const CLIENTS = 16;
const PER_CLIENT = 500;
const CAP = 100;
const REPS = 5;
const hasPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!hasPostgres)('concurrent intake on PostgreSQL', () => {
  let t: Awaited<ReturnType<typeof startTestApp>>;
  let bearer: string;

  beforeAll(async () => {
    t = await startTestApp('postgres');
    const { stores } = t.deps;
    const ws = await aWorkspace(stores);
    const team = await aTeam(stores, ws.id, { name: '华东' });
    for (let i = 0; i < REPS; i += 1) {
      await aRep(stores, ws.id, { teamId: team.id, capPerDay: CAP, maxOpen: null });
    }
    const admin = await aUser(stores, ws.id, { role: 'admin', dataScope: 'all' });
    const req = as(t.app, await signIn(t.app, admin.email));
    bearer = (
      await req({ method: 'POST', url: '/api/v1/api-tokens', payload: { name: 'load' } })
    ).json().token;
    const policy = { rules: [{ id: 'R1', to: { teams: [team.id] }, method: 'weighted' }] };
    expect(
      (await req({ method: 'PUT', url: '/api/v1/routing/policy/draft', payload: policy }))
        .statusCode,
    ).toBe(200);
    expect((await req({ method: 'POST', url: '/api/v1/routing/policy/publish' })).statusCode).toBe(
      200,
    );
  }, 120_000);
  afterAll(() => t?.close());

  it('never double-assigns, never passes a cap, and stores every acknowledged lead once', async () => {
    const acknowledged = new Map<string, string>();
    const client = async (c: number) => {
      for (let i = 0; i < PER_CLIENT; i += 1) {
        const externalId = `c${c}-${i}`;
        const payload = { name: `线索${externalId}`, email: `${externalId}@load.cn`, externalId };
        const headers = { authorization: `Bearer ${bearer}` };
        const res = await t.app.inject({ method: 'POST', url: '/api/v1/leads', payload, headers });
        expect(res.statusCode).toBe(201);
        acknowledged.set(externalId, res.json().id);
        if (i % 50 === 0) {
          // A client retry of the same lead: the same lead comes back, nothing new is stored.
          const again = await t.app.inject({
            method: 'POST',
            url: '/api/v1/leads',
            payload,
            headers,
          });
          expect(again.json()).toMatchObject({ id: res.json().id, routing: { ignored: true } });
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    expect(acknowledged.size).toBe(CLIENTS * PER_CLIENT);

    const rows = async <T>(q: ReturnType<typeof sql>) =>
      ((await t.database.db.execute(q)) as unknown as { rows: T[] }).rows;
    const [stored] = await rows<{ n: number; distinct_ids: number }>(
      sql`select count(*)::int as n, count(distinct external_id)::int as distinct_ids from leads where external_id like 'c%'`,
    );
    expect(stored).toEqual({ n: CLIENTS * PER_CLIENT, distinct_ids: CLIENTS * PER_CLIENT });
    const ids = [...acknowledged.values()];
    const [found] = await rows<{ n: number }>(
      sql`select count(*)::int as n from leads where id = any(${`{${ids.join(',')}}`}::uuid[])`,
    );
    expect(found?.n).toBe(ids.length);

    const doubles = await rows(
      sql`select lead_id from assignments where outcome = 'assigned' group by lead_id having count(*) > 1`,
    );
    expect(doubles).toEqual([]);
    const perRep = await rows<{ n: number }>(
      sql`select count(*)::int as n from assignments where outcome = 'assigned' group by rep_id`,
    );
    expect(perRep.every((r) => r.n <= CAP)).toBe(true);
    expect(perRep.reduce((s, r) => s + r.n, 0)).toBe(REPS * CAP);
    const [held] = await rows<{ n: number }>(
      sql`select count(*)::int as n from leads where status = 'held'`,
    );
    expect(held?.n).toBe(CLIENTS * PER_CLIENT - REPS * CAP);
  }, 300_000);
});
