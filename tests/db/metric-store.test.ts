/**
 * The metric catalogue and every counting rule on real rows, against answers worked out by hand,
 * on PGlite and (when TEST_DATABASE_URL is set) PostgreSQL.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/app/ports.ts';
import { defaultMetricsFor } from '../../src/domain/metrics/default-metrics.ts';
import type { CountingRule } from '../../src/domain/metrics/metric.ts';
import type { Database } from '../../src/infra/db/open-database.ts';
import { leads, opportunities } from '../../src/infra/db/schema.ts';
import { createStores } from '../../src/infra/db/stores.ts';
import { anAccount, aRep, aWorkspace } from '../factories.ts';
import { ENGINES, freshDatabase } from '../helpers/test-db.ts';

// March 2026 in Shanghai: [2026-03-01 00:00+08:00, 2026-04-01 00:00+08:00).
const FROM = new Date('2026-02-28T16:00:00Z');
const TO = new Date('2026-03-31T16:00:00Z');
const MARCH = { from: FROM, to: TO };
const APRIL = { from: TO, to: new Date('2026-04-30T16:00:00Z') };
const at = (iso: string) => new Date(iso);

describe.each(ENGINES)('metrics on %s', (engine) => {
  let database: Database;
  let stores: Stores;
  let ws: string;
  const rep: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };
  const product: Record<'P1' | 'P2', string> = { P1: '', P2: '' };

  const tally = async (rule: CountingRule, period = MARCH, repIds?: string[]) =>
    Object.fromEntries(
      (await stores.metrics.tally(ws, rule, period, repIds)).map((t) => [
        Object.entries(rep).find(([, id]) => id === t.repId)?.[0],
        [t.numerator, t.denominator],
      ]),
    );

  beforeAll(async () => {
    database = await freshDatabase(engine);
    stores = createStores(database.db);
    ws = (await aWorkspace(stores)).id;
    rep.A = (await aRep(stores, ws, { name: '甲' })).id;
    rep.B = (await aRep(stores, ws, { name: '乙' })).id;
    rep.C = (await aRep(stores, ws, { name: '丙', active: false })).id;
    rep.D = (await aRep(stores, ws, { name: '丁', active: false })).id;
    for (const code of ['P1', 'P2'] as const) {
      product[code] = (
        await stores.products.insert(ws, { code, name: code, unitPrice: 0, active: true })
      ).id;
    }
    const acc = [
      await anAccount(stores, ws, rep.A),
      await anAccount(stores, ws, rep.A),
      await anAccount(stores, ws, rep.B),
      await anAccount(stores, ws, rep.B),
      await anAccount(stores, ws, rep.B),
    ].map((a) => a.id);
    const opp = (
      accountId: string,
      owner: string,
      amount: number,
      wonAt: Date | null,
      createdAt: Date,
      productId: string | null = null,
    ) => ({
      workspaceId: ws,
      name: '商机',
      accountId,
      ownerRepId: owner,
      productId,
      amount,
      stage: wonAt ? ('won' as const) : ('proposal' as const),
      wonAt,
      createdAt,
    });
    await database.db.insert(opportunities).values([
      // acc0: first won exactly at the start of March (counted); a second win exactly at the end.
      opp(acc[0]!, rep.A, 100_00, FROM, at('2026-02-01T00:00:00Z'), product.P1),
      opp(acc[0]!, rep.A, 50_00, TO, at('2026-03-05T00:00:00Z'), product.P2),
      // acc1: won in March, but its first win was last year: not a new customer.
      opp(
        acc[1]!,
        rep.A,
        30_00,
        at('2026-03-15T02:00:00Z'),
        at('2026-03-01T00:00:00Z'),
        product.P1,
      ),
      opp(acc[1]!, rep.B, 999_00, at('2025-06-01T02:00:00Z'), at('2025-05-01T00:00:00Z')),
      // acc2: B's first win.
      opp(
        acc[2]!,
        rep.B,
        200_00,
        at('2026-03-20T02:00:00Z'),
        at('2026-03-10T00:00:00Z'),
        product.P2,
      ),
      // acc3: still open for B; A won it (credited to A, the winner).
      opp(acc[3]!, rep.B, 70_00, null, at('2026-03-01T00:00:00Z')),
      opp(acc[3]!, rep.A, 20_00, at('2026-03-10T02:00:00Z'), at('2026-03-02T00:00:00Z')),
      // acc4: first won at the very start of April.
      opp(acc[4]!, rep.B, 10_00, TO, at('2026-03-25T00:00:00Z')),
    ]);
    const activity = (repId: string, kind: 'visit' | 'call', when: Date) =>
      stores.activities.insert(ws, {
        kind,
        repId,
        leadId: null,
        accountId: acc[0]!,
        at: when,
        summary: '',
      });
    await activity(rep.A, 'visit', FROM);
    await activity(rep.A, 'visit', TO);
    await activity(rep.A, 'call', at('2026-03-03T02:00:00Z'));
    await activity(rep.B, 'visit', at('2026-03-04T02:00:00Z'));
    await activity(rep.B, 'visit', at('2026-03-05T02:00:00Z'));
    await activity(rep.D, 'visit', at('2026-03-06T02:00:00Z'));
    const lead = (ownerRepId: string, accountId: string | null, createdAt: Date) => ({
      workspaceId: ws,
      name: '线索',
      ownerRepId,
      status: 'assigned' as const,
      accountId,
      createdAt,
    });
    await database.db.insert(leads).values([
      lead(rep.A, acc[0]!, at('2026-03-02T00:00:00Z')), // an opportunity came after: converted
      lead(rep.A, null, at('2026-03-03T00:00:00Z')), // no account: not converted
      lead(rep.A, acc[1]!, at('2026-03-20T00:00:00Z')), // opportunities only before it: not
      lead(rep.A, acc[0]!, TO), // April
      lead(rep.A, acc[0]!, at('2026-02-15T00:00:00Z')), // February
      lead(rep.B, acc[2]!, at('2026-03-03T00:00:00Z')), // converted
    ]);
    await stores.accounts.update(ws, acc[0]!, { satisfaction: 80 });
    await stores.accounts.update(ws, acc[1]!, { satisfaction: 90 });
    await stores.accounts.update(ws, acc[2]!, { satisfaction: 70 });
    // Another workspace's wins never count here.
    const other = (await aWorkspace(stores, '乙公司')).id;
    const otherRep = await aRep(stores, other);
    const otherAccount = await anAccount(stores, other, otherRep.id);
    await database.db
      .insert(opportunities)
      .values({ ...opp(otherAccount.id, otherRep.id, 1, FROM, FROM), workspaceId: other });
  });
  afterAll(() => database.close());

  it('adds the default catalogue once, and keeps keys unique per workspace', async () => {
    const defaults = defaultMetricsFor('zh-CN', 'CNY');
    expect(await stores.metrics.addMissing(ws, defaults)).toBe(6);
    expect(await stores.metrics.addMissing(ws, defaults)).toBe(0);
    const list = await stores.metrics.list(ws);
    expect(list.map((m) => m.key).sort()).toEqual([
      'calls',
      'lead_conversion',
      'new_customers',
      'revenue',
      'satisfaction',
      'visits',
    ]);
    const conversion = await stores.metrics.findByKey(ws, 'lead_conversion');
    expect(conversion).toMatchObject({
      builtin: true,
      active: true,
      kind: 'rate',
      precision: 1,
      rule: { kind: 'lead_conversion', minLeads: 10 },
    });
    await expect(
      stores.metrics.insert(ws, { ...defaults[0]!, builtin: false, active: true }),
    ).rejects.toThrow();
  });

  it('stores a custom metric and updates its presentation', async () => {
    const created = await stores.metrics.insert(ws, {
      key: 'p1_revenue',
      name: 'P1 销售额',
      kind: 'amount',
      unit: 'CNY',
      precision: 2,
      direction: 'higher_better',
      rule: { kind: 'won_amount', productId: product.P1 },
      builtin: false,
      active: true,
    });
    const updated = await stores.metrics.update(ws, created.id, { name: 'P1', active: false });
    expect(updated).toMatchObject({ name: 'P1', active: false, unit: 'CNY', builtin: false });
    expect(await stores.metrics.get(ws, created.id)).toEqual(updated);
  });

  it('enforces the metric vocabularies and the satisfaction range in the database', async () => {
    const failure = (statement: ReturnType<typeof sql>) =>
      database.db.execute(statement).then(
        () => 'ok',
        (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
      );
    expect(
      await failure(sql`update metrics set rule = '{"kind":"guess"}' where workspace_id = ${ws}`),
    ).toMatch(/metrics_rule_kind_check/);
    expect(await failure(sql`update metrics set kind = 'ratio'`)).toMatch(/metrics_kind_check/);
    expect(await failure(sql`update accounts set satisfaction = 101`)).toMatch(
      /accounts_satisfaction_check/,
    );
  });

  it('sums amounts won in [from, to): the start counts, the end does not', async () => {
    expect(await tally({ kind: 'won_amount' })).toEqual({
      A: [100_00 + 30_00 + 20_00, 3],
      B: [200_00, 1],
    });
    expect(await tally({ kind: 'won_amount' }, APRIL)).toEqual({
      A: [50_00, 1],
      B: [10_00, 1],
    });
  });

  it('sums one product only when the rule names it', async () => {
    expect(await tally({ kind: 'won_amount', productId: product.P1 })).toEqual({
      A: [130_00, 2],
      B: [0, 0],
    });
  });

  it('counts accounts whose first win falls in the period, for the rep who won it', async () => {
    expect(await tally({ kind: 'first_won_accounts' })).toEqual({ A: [2, 2], B: [1, 1] });
    expect(await tally({ kind: 'first_won_accounts' }, APRIL)).toEqual({ A: [0, 0], B: [1, 1] });
  });

  it('counts activities of one kind, including a rep who has since left', async () => {
    expect(await tally({ kind: 'activities', activity: 'visit' })).toEqual({
      A: [1, 1],
      B: [2, 2],
      D: [1, 1],
    });
    expect(await tally({ kind: 'activities', activity: 'call' })).toEqual({
      A: [1, 1],
      B: [0, 0],
    });
  });

  it('counts the period leads and those that led to an opportunity', async () => {
    expect(await tally({ kind: 'lead_conversion', minLeads: 2 })).toEqual({
      A: [1, 3],
      B: [1, 1],
    });
  });

  it('adds up the scores entered on the accounts each rep owns', async () => {
    expect(await tally({ kind: 'account_score', field: 'satisfaction', minAccounts: 1 })).toEqual({
      A: [170, 2],
      B: [70, 1],
    });
  });

  it('tallies only the reps asked for', async () => {
    expect(await tally({ kind: 'won_amount' }, MARCH, [rep.B])).toEqual({ B: [200_00, 1] });
    expect(await stores.metrics.tally(ws, { kind: 'won_amount' }, MARCH, [])).toEqual([]);
  });
});
