import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/app/ports.ts';
import type { Database } from '../../src/infra/db/open-database.ts';
import { COUNT_CAP } from '../../src/infra/db/record-store.ts';
import { leads } from '../../src/infra/db/schema.ts';
import { createStores, createTransact } from '../../src/infra/db/stores.ts';
import { aLead, aRep, aTeam, aWorkspace } from '../factories.ts';
import { ENGINES, freshDatabase } from '../helpers/test-db.ts';

const failure = (database: Database, statement: ReturnType<typeof sql>) =>
  database.db.execute(statement).then(
    () => 'ok',
    (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
  );

describe.each(ENGINES)('stores on %s', (engine) => {
  let database: Database;
  let stores: Stores;
  let workspaceId: string;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    stores = createStores(database.db);
    workspaceId = (await aWorkspace(stores)).id;
  });
  afterAll(() => database.close());

  it('applies every migration and answers the health probe', async () => {
    expect(await stores.health.ping()).toBe(true);
    expect(await stores.health.migrationsCurrent()).toBe(true);
  });

  it('round-trips a rep profile with arrays, JSON and nullable caps', async () => {
    const rep = await aRep(stores, workspaceId, {
      tags: ['productA', 'en'],
      attrs: { region: '上海', industries: ['制造', '零售'] },
      capPerDay: 5,
      away: [{ from: '2026-03-10T00:00:00+08:00', to: '2026-03-13T00:00:00+08:00' }],
      weight: 1.5,
    });
    const got = await stores.reps.get(workspaceId, rep.id);
    expect(got).toMatchObject({
      tags: ['productA', 'en'],
      attrs: { industries: ['制造', '零售'] },
      capPerDay: 5,
      capPerWeek: null,
      weight: 1.5,
      userId: null,
    });
    expect(got?.createdAt).toBeInstanceOf(Date);
  });

  it('pages by keyset with ties broken by id, and counts the whole filtered set', async () => {
    const team = await aTeam(stores, workspaceId);
    const rep = await aRep(stores, workspaceId, { teamId: team.id });
    for (let i = 0; i < 5; i += 1)
      await aLead(stores, workspaceId, { ownerRepId: rep.id, score: 70 });
    const request = {
      workspaceId,
      filters: { ownerRepId: rep.id },
      sort: { field: 'score', desc: true },
      limit: 2,
      visible: 'all' as const,
    };
    const first = await stores.leads.list(request);
    expect(first.total).toBe(5);
    expect(first.rows).toHaveLength(3);
    const last = first.rows[1]!;
    const second = await stores.leads.list({
      ...request,
      after: { value: last.score, id: last.id },
    });
    const ids = [...first.rows.slice(0, 2), ...second.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('filters by the visible reps; an empty scope sees nothing', async () => {
    const rep = await aRep(stores, workspaceId);
    await aLead(stores, workspaceId, { ownerRepId: rep.id });
    const base = { workspaceId, filters: {}, sort: { field: 'createdAt', desc: true }, limit: 50 };
    const mine = await stores.leads.list({ ...base, visible: new Set([rep.id]) });
    expect(mine.rows.every((l) => l.ownerRepId === rep.id)).toBe(true);
    expect((await stores.leads.list({ ...base, visible: new Set() })).total).toBe(0);
  });

  it('enforces the closed vocabularies and rules in the database itself', async () => {
    expect(await failure(database, sql`update leads set status = 'lost'`)).toMatch(
      /leads_status_check/,
    );
    expect(await failure(database, sql`update reps set weight = 0`)).toMatch(/reps_weight_check/);
    expect(
      await failure(
        database,
        sql`insert into activities (workspace_id, kind, at) values (${workspaceId}, 'call', now())`,
      ),
    ).toMatch(/activities_subject_check/);
  });

  it('keeps the audit log append-only', async () => {
    await stores.audit.append({
      workspaceId,
      actorUserId: null,
      actorLabel: 'system',
      action: 'create',
      entity: 'workspace',
      entityId: workspaceId,
      before: null,
      after: { name: 'x' },
      at: new Date(),
      requestId: null,
    });
    expect(await failure(database, sql`update audit_log set actor_label = 'x'`)).toMatch(
      /append-only/,
    );
    expect(await failure(database, sql`delete from audit_log`)).toMatch(/append-only/);
    expect(await failure(database, sql`truncate audit_log`)).toMatch(/append-only/);
  });

  it('rolls a transaction back whole when any write fails', async () => {
    const transact = createTransact(database.db);
    const before = (await stores.teams.all(workspaceId)).length;
    await expect(
      transact(async (tx) => {
        await tx.teams.insert(workspaceId, { name: '临时', parentId: null, managerUserId: null });
        await tx.teams.insert(workspaceId, {
          name: '坏',
          parentId: '00000000-0000-4000-8000-000000000000',
          managerUserId: null,
        });
      }),
    ).rejects.toThrow();
    expect((await stores.teams.all(workspaceId)).length).toBe(before);
  });

  it('lists, loads the org and counts references inside a transaction, one query at a time', async () => {
    const transact = createTransact(database.db);
    const outside = await stores.teams.list({
      workspaceId,
      filters: {},
      sort: { field: 'name', desc: false },
      limit: 1,
      visible: 'all',
    });
    const inside = await transact(async (tx) => {
      const page = await tx.teams.list({
        workspaceId,
        filters: {},
        sort: { field: 'name', desc: false },
        limit: 1,
        visible: 'all',
      });
      return {
        page,
        org: await tx.org.load(workspaceId),
        refs: await tx.references.count(workspaceId, 'rep', workspaceId),
      };
    });
    expect(inside.page).toEqual(outside);
    expect(inside.org.teams.length).toBe(outside.total);
    expect(Object.values(inside.refs).every((n) => n === 0)).toBe(true);
  });

  it('counts up to 10,000 matching rows and says when there are more', async () => {
    const big = (await aWorkspace(stores, '大客户公司')).id;
    const rows = Array.from({ length: COUNT_CAP + 1 }, (_, i) => ({
      workspaceId: big,
      name: `线索${i}`,
    }));
    for (let i = 0; i < rows.length; i += 1000)
      await database.db.insert(leads).values(rows.slice(i, i + 1000));
    const request = {
      workspaceId: big,
      filters: {},
      sort: { field: 'createdAt', desc: true },
      limit: 5,
      visible: 'all' as const,
    };
    expect(await stores.leads.list(request)).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    const narrow = await stores.leads.list({ ...request, q: '线索999' });
    expect(narrow).toMatchObject({ total: 11, totalCapped: false });
  });

  it('keeps the matching keys of leads and accounts beside each row, on insert and on update', async () => {
    const lead = await aLead(stores, workspaceId, {
      email: '李雷 <Li@Acme.CN>',
      phone: '+86 138-0013-8000',
      company: '上海某某科技有限公司',
    });
    const keys = async () =>
      (
        (await database.db.execute(
          sql`select email_key, phone_key, company_key from leads where id = ${lead.id}`,
        )) as unknown as { rows: Record<string, string | null>[] }
      ).rows[0];
    expect(await keys()).toEqual({
      email_key: 'li@acme.cn',
      phone_key: '13800138000',
      company_key: '上海某某科技',
    });
    await stores.leads.update(workspaceId, lead.id, { phone: '0086 139 0000 0000' });
    expect(await keys()).toMatchObject({ phone_key: '13900000000', email_key: 'li@acme.cn' });
    const account = await stores.accounts.insert(workspaceId, {
      name: 'Acme, Inc.',
      domain: 'acme.cn',
      phones: ['021-1234 5678', '+86 13800138000'],
      level: null,
      industry: null,
      region: null,
      size: null,
      ownerRepId: null,
      ownedSince: null,
      lastFollowUpAt: null,
      won: false,
      locked: false,
    });
    const accountKeys = (
      (await database.db.execute(
        sql`select company_key, phone_keys from accounts where id = ${account.id}`,
      )) as unknown as { rows: Record<string, unknown>[] }
    ).rows[0];
    expect(accountKeys).toEqual({
      company_key: 'acme',
      phone_keys: ['02112345678', '13800138000'],
    });
  });

  it('counts references before a delete', async () => {
    const team = await aTeam(stores, workspaceId);
    await aRep(stores, workspaceId, { teamId: team.id });
    expect(await stores.references.count(workspaceId, 'team', team.id)).toEqual({
      teams: 0,
      reps: 1,
    });
  });

  it('takes due routing work of the same instant in write order; owners given by hand start no SLA timer', async () => {
    const ws = (await aWorkspace(stores)).id;
    const rep = await aRep(stores, ws);
    const at = new Date('2026-03-02T01:05:00Z');
    const log = (leadId: string, outcome: 'held' | 'assigned', method: string | null) =>
      stores.routing.record({
        workspaceId: ws,
        leadId,
        repId: outcome === 'assigned' ? rep.id : null,
        outcome,
        ruleId: null,
        method,
        policyVersion: null,
        decision: {},
        retry: false,
        at,
      });
    // Written against id order, so an order by id would pick the last one.
    const byIdDescending = (rows: { id: string }[]) =>
      rows.map((r) => r.id).sort((a, b) => b.localeCompare(a));
    const held = byIdDescending(
      await Promise.all([1, 2, 3].map(() => aLead(stores, ws, { status: 'held' }))),
    );
    for (const id of held) await log(id, 'held', null);
    expect(await stores.routing.oldestHeld(ws)).toEqual({ leadId: held[0], lastDecisionAt: at });
    const routed = byIdDescending(
      await Promise.all([1, 2, 3].map(() => aLead(stores, ws, { ownerRepId: rep.id }))),
    );
    const byHand = await aLead(stores, ws, { ownerRepId: rep.id });
    await log(byHand.id, 'assigned', 'manual');
    for (const id of routed) await log(id, 'assigned', 'round_robin');
    expect(await stores.routing.oldestUntouched(ws)).toEqual({
      leadId: routed[0],
      repId: rep.id,
      assignedAt: at,
    });
    await log(routed[0]!, 'assigned', 'manual');
    expect((await stores.routing.oldestUntouched(ws))?.leadId).toBe(routed[1]);
  });
});
