import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aLead, anOrganisation } from '../factories.ts';
import { as, signIn, startTestApp } from '../helpers/test-app.ts';
import { ENGINES } from '../helpers/test-db.ts';

let t: Awaited<ReturnType<typeof startTestApp>>;
let w: Awaited<ReturnType<typeof anOrganisation>>;
let admin: ReturnType<typeof as>;

describe.each(ENGINES)('on %s', (engine) => {
  beforeAll(async () => {
    t = await startTestApp(engine);
    w = await anOrganisation(t.deps.stores);
    admin = as(t.app, await signIn(t.app, w.users.admin.email));
  });
  afterAll(() => t.close());

  describe('validation', () => {
    it('lists every bad field with its path, and writes nothing', async () => {
      const before = (await admin({ method: 'GET', url: '/api/v1/reps' })).json().total;
      const res = await admin({
        method: 'POST',
        url: '/api/v1/reps',
        payload: {
          code: '',
          name: '新人',
          level: 'intern',
          capPerDay: -1,
          away: [{ from: '2026-03-10T00:00:00+08:00', to: '2026-03-09T00:00:00+08:00' }],
          nickname: 'x',
        },
      });
      expect(res.statusCode).toBe(400);
      const { code, details } = res.json().error;
      expect(code).toBe('validation.failed');
      const paths = details.issues.map((i: { path: string }) => i.path);
      expect(paths).toEqual(
        expect.arrayContaining(['code', 'level', 'capPerDay', 'away.0.to', 'nickname']),
      );
      expect(details.issues.find((i: { path: string }) => i.path === 'nickname')).toEqual({
        path: 'nickname',
        message: 'unknown field: nickname',
        code: 'unrecognized_keys',
      });
      expect(details.issues.find((i: { path: string }) => i.path === 'capPerDay')).toMatchObject({
        code: 'too_small',
        params: { origin: 'number', minimum: 0 },
      });
      expect((await admin({ method: 'GET', url: '/api/v1/reps' })).json().total).toBe(before);
    });

    it('checks references whole before writing: unknown team and mentor are both named', async () => {
      const res = await admin({
        method: 'POST',
        url: '/api/v1/reps',
        payload: {
          code: 'N1',
          name: '新人',
          teamId: '00000000-0000-4000-8000-000000000001',
          mentorId: '00000000-0000-4000-8000-000000000002',
        },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual([
        'teamId',
        'mentorId',
      ]);
    });

    it('refuses a duplicate rep code with 409', async () => {
      const res = await admin({
        method: 'POST',
        url: '/api/v1/reps',
        payload: { code: w.reps.sh1.code, name: '重复' },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('rep.code_taken');
    });

    it('answers 413 for a body over 1 MB', async () => {
      const res = await admin({
        method: 'POST',
        url: '/api/v1/leads',
        payload: { name: 'x'.repeat(1_100_000) },
      });
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe('request.too_large');
    });

    it('keeps lead status and owner consistent', async () => {
      const res = await admin({
        method: 'POST',
        url: '/api/v1/leads',
        payload: { name: '孙丽', status: 'working' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues).toEqual([
        {
          path: 'ownerRepId',
          message: 'an assigned or working lead needs an owner',
          code: 'lead_owner_required',
        },
      ]);
    });

    it('answers unknown API routes with the error body', async () => {
      const res = await admin({ method: 'GET', url: '/api/v1/nothing-here' });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('route.not_found');
    });
  });

  describe('lists', () => {
    it('walks every row exactly once with cursors, sorted as asked', async () => {
      for (let i = 0; i < 7; i += 1)
        await aLead(t.deps.stores, w.ws.id, {
          score: i % 3 === 0 ? null : i * 10,
          ownerRepId: w.reps.sh2.id,
        });
      const total = (await admin({ method: 'GET', url: '/api/v1/leads?limit=1' })).json().total;
      const seen: { id: string; score: number | null }[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { id: string; score: number | null }[]; nextCursor: string | null } = (
          await admin({
            method: 'GET',
            url: `/api/v1/leads?limit=3&sort=-score${cursor ? `&cursor=${cursor}` : ''}`,
          })
        ).json();
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(total);
      expect(new Set(seen.map((l) => l.id)).size).toBe(total);
      const scores = seen.map((l) => l.score ?? -1);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('filters and searches', async () => {
      const res = (
        await admin({
          method: 'GET',
          url: `/api/v1/leads?ownerRepId=${w.reps.sh1.id}&status=assigned`,
        })
      ).json();
      expect(res.items.map((l: { id: string }) => l.id)).toEqual([w.owned.sh1.leadId]);
      const found = (await admin({ method: 'GET', url: '/api/v1/reps?q=张伟' })).json().items;
      expect(found.map((r: { name: string }) => r.name)).toEqual(['张伟']);
    });

    it('rejects a forged cursor', async () => {
      const res = await admin({ method: 'GET', url: '/api/v1/leads?cursor=bm9wZQ' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues[0].path).toBe('cursor');
    });
  });

  describe('ownership, history and audit', () => {
    it('an owner change keeps the reason in the owner history and an owner_change audit row', async () => {
      const id = w.owned.sh1.accountId;
      const res = await admin({
        method: 'PATCH',
        url: `/api/v1/accounts/${id}`,
        payload: { ownerRepId: w.reps.sh2.id, ownerChangeReason: '张伟调岗' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().ownedSince).toBe(t.clock.now().toISOString());
      const history = (
        await admin({ method: 'GET', url: `/api/v1/accounts/${id}/owner-history` })
      ).json().items;
      expect(history[0]).toMatchObject({
        fromRepId: w.reps.sh1.id,
        toRepId: w.reps.sh2.id,
        reason: '张伟调岗',
        byUserId: w.users.admin.id,
        byName: w.users.admin.name,
      });
      const audit = (await admin({ method: 'GET', url: `/api/v1/audit?entityId=${id}` })).json()
        .items[0];
      expect(audit).toMatchObject({
        action: 'owner_change',
        entity: 'account',
        actorLabel: w.users.admin.email,
      });
      expect(audit.before.ownerRepId).toBe(w.reps.sh1.id);
      expect(audit.after.ownerRepId).toBe(w.reps.sh2.id);
    });

    it('editing a rep profile is audited with before and after', async () => {
      const res = await admin({
        method: 'PATCH',
        url: `/api/v1/reps/${w.reps.sh1.id}`,
        payload: {
          capPerDay: 5,
          maxOpen: 40,
          level: 'senior',
          away: [{ from: '2026-03-10T00:00:00+08:00', to: '2026-03-13T00:00:00+08:00' }],
        },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        capPerDay: 5,
        maxOpen: 40,
        level: 'senior',
        capPerWeek: null,
      });
      const audit = (
        await admin({ method: 'GET', url: `/api/v1/audit?entity=rep&entityId=${w.reps.sh1.id}` })
      ).json().items[0];
      expect(audit.before.capPerDay).toBeNull();
      expect(audit.after.capPerDay).toBe(5);
    });

    it('logging an activity marks the account followed up and the assigned lead as working', async () => {
      const rep = as(t.app, await signIn(t.app, w.users.southRep.email));
      const lead = await aLead(t.deps.stores, w.ws.id, { ownerRepId: w.reps.southRep.id });
      const at = '2026-03-01T10:00:00+08:00';
      const res = await rep({
        method: 'POST',
        url: '/api/v1/activities',
        payload: {
          kind: 'visit',
          leadId: lead.id,
          accountId: w.owned.southRep.accountId,
          at,
          summary: '上门拜访',
        },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().repId).toBe(w.reps.southRep.id);
      expect((await rep({ method: 'GET', url: `/api/v1/leads/${lead.id}` })).json().status).toBe(
        'working',
      );
      expect(
        (await rep({ method: 'GET', url: `/api/v1/accounts/${w.owned.southRep.accountId}` })).json()
          .lastFollowUpAt,
      ).toBe('2026-03-01T02:00:00.000Z');
    });

    it('the audit log cannot be changed, not even by SQL', async () => {
      const failure = (statement: ReturnType<typeof sql>) =>
        t.database.db.execute(statement).then(
          () => 'changed',
          (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
        );
      expect(await failure(sql`update audit_log set actor_label = 'x'`)).toMatch(/append-only/);
      expect(await failure(sql`delete from audit_log`)).toMatch(/append-only/);
      expect((await admin({ method: 'DELETE', url: '/api/v1/audit' })).statusCode).toBe(404);
    });
  });

  describe('organisation trees', () => {
    it('refuses to make a team its own ancestor', async () => {
      const res = await admin({
        method: 'PATCH',
        url: `/api/v1/teams/${w.teams.east.id}`,
        payload: { parentId: w.teams.sh.id },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('team.cycle');
    });

    it('refuses to delete a team that still has reps, naming what holds it', async () => {
      const res = await admin({ method: 'DELETE', url: `/api/v1/teams/${w.teams.sh.id}` });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({
        code: 'team.in_use',
        details: { references: { reps: 2 } },
      });
    });

    it('territories keep their covering reps and potential factors', async () => {
      const res = await admin({
        method: 'POST',
        url: '/api/v1/territories',
        payload: {
          name: '上海',
          criteria: { cities: ['上海'] },
          potential: { customers: 120, competition: 0.3 },
          repIds: [w.reps.sh1.id, w.reps.sh2.id],
        },
      });
      expect(res.statusCode).toBe(201);
      const got = (
        await admin({ method: 'GET', url: `/api/v1/territories/${res.json().id}` })
      ).json();
      expect(got.repIds.sort()).toEqual([w.reps.sh1.id, w.reps.sh2.id].sort());
      expect(got.potential).toEqual({ customers: 120, competition: 0.3 });
    });

    it('a manager edits reps in scope but cannot add reps', async () => {
      const mgr = as(t.app, await signIn(t.app, w.users.eastManager.email));
      expect(
        (
          await mgr({
            method: 'PATCH',
            url: `/api/v1/reps/${w.reps.sh2.id}`,
            payload: { capPerWeek: 20 },
          })
        ).statusCode,
      ).toBe(200);
      expect(
        (
          await mgr({
            method: 'PATCH',
            url: `/api/v1/reps/${w.reps.southRep.id}`,
            payload: { capPerWeek: 20 },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (await mgr({ method: 'POST', url: '/api/v1/reps', payload: { code: 'M1', name: '新人' } }))
          .statusCode,
      ).toBe(403);
    });
  });

  describe('lookups by id', () => {
    it('lists only the named records, still inside the data scope', async () => {
      const ids = [w.owned.sh1.accountId, w.owned.southRep.accountId];
      const all = (
        await admin({ method: 'GET', url: `/api/v1/accounts?ids=${ids.join(',')}` })
      ).json();
      expect(all.items.map((a: { id: string }) => a.id).sort()).toEqual([...ids].sort());
      const rep = as(t.app, await signIn(t.app, w.users.southRep.email));
      const mine = (
        await rep({ method: 'GET', url: `/api/v1/accounts?ids=${ids.join(',')}` })
      ).json();
      expect(mine.items.map((a: { id: string }) => a.id)).toEqual([w.owned.southRep.accountId]);
      const bad = await admin({ method: 'GET', url: '/api/v1/accounts?ids=abc' });
      expect(bad.json().error.details.issues[0].path).toMatch(/^ids/);
    });
  });

  describe('list queries', () => {
    it('reject unknown query parameters instead of ignoring a misspelt filter', async () => {
      const res = await admin({ method: 'GET', url: '/api/v1/leads?statuss=new' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toMatchObject({
        in: 'querystring',
        issues: [{ path: 'statuss', code: 'unrecognized_keys' }],
      });
    });
  });

  describe('owner changes need a reason', () => {
    it('refuses to hand a lead over without saying why, and names the field', async () => {
      const res = await admin({
        method: 'PATCH',
        url: `/api/v1/leads/${w.owned.sh2.leadId}`,
        payload: { ownerRepId: w.reps.eastRep.id },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues).toEqual([
        {
          path: 'ownerChangeReason',
          message: 'a reason is required to change the owner',
          code: 'reason_required',
        },
      ]);
      const ok = await admin({
        method: 'PATCH',
        url: `/api/v1/leads/${w.owned.sh2.leadId}`,
        payload: { ownerRepId: w.reps.eastRep.id, ownerChangeReason: '客户在华东总部' },
      });
      expect(ok.json().ownerRepId).toBe(w.reps.eastRep.id);
    });
  });
});
