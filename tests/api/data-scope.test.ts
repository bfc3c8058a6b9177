import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganisation } from '../factories.ts';
import { as, signIn, startTestApp } from '../helpers/test-app.ts';
import { ENGINES } from '../helpers/test-db.ts';

type World = Awaited<ReturnType<typeof anOrganisation>>;
let t: Awaited<ReturnType<typeof startTestApp>>;
let w: World;

describe.each(ENGINES)('on %s', (engine) => {
  beforeAll(async () => {
    t = await startTestApp(engine);
    w = await anOrganisation(t.deps.stores);
  });
  afterAll(() => t.close());

  const RESOURCES = [
    { path: 'leads', key: 'leadId', code: 'lead.not_found', patch: { name: '改名' } },
    {
      path: 'accounts',
      key: 'accountId',
      code: 'account.not_found',
      patch: { name: '改名有限公司' },
    },
    {
      path: 'opportunities',
      key: 'opportunityId',
      code: 'opportunity.not_found',
      patch: { name: '改名' },
    },
    {
      path: 'activities',
      key: 'activityId',
      code: 'activity.not_found',
      patch: { summary: '改写' },
    },
  ] as const;

  describe.each(RESOURCES)('data scope of /$path', ({ path, key, code, patch }) => {
    it('a rep reads and changes their own record', async () => {
      const req = as(t.app, await signIn(t.app, w.users.sh1.email));
      const id = w.owned.sh1[key];
      expect((await req({ method: 'GET', url: `/api/v1/${path}/${id}` })).statusCode).toBe(200);
      expect(
        (await req({ method: 'PATCH', url: `/api/v1/${path}/${id}`, payload: patch })).statusCode,
      ).toBe(200);
    });

    it("a rep cannot read, change or delete another rep's record: 404 as if it did not exist", async () => {
      const req = as(t.app, await signIn(t.app, w.users.sh1.email));
      const id = w.owned.southRep[key];
      for (const res of [
        await req({ method: 'GET', url: `/api/v1/${path}/${id}` }),
        await req({ method: 'PATCH', url: `/api/v1/${path}/${id}`, payload: patch }),
        await req({ method: 'DELETE', url: `/api/v1/${path}/${id}` }),
      ]) {
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe(code);
      }
      const still = await t.deps.stores[path].get(w.ws.id, id);
      expect(still).not.toBeNull();
    });

    it("a rep's list holds only their own records", async () => {
      const req = as(t.app, await signIn(t.app, w.users.sh1.email));
      const body = (await req({ method: 'GET', url: `/api/v1/${path}` })).json();
      expect(body.items.map((r: { id: string }) => r.id)).toEqual([w.owned.sh1[key]]);
      expect(body.total).toBe(1);
    });

    it('a manager sees exactly their subtree (华东 and 上海一组), not 华南', async () => {
      const req = as(t.app, await signIn(t.app, w.users.eastManager.email));
      const ids = (await req({ method: 'GET', url: `/api/v1/${path}?limit=200` }))
        .json()
        .items.map((r: { id: string }) => r.id);
      expect(ids.sort()).toEqual([w.owned.sh1[key], w.owned.sh2[key], w.owned.eastRep[key]].sort());
      expect(
        (await req({ method: 'GET', url: `/api/v1/${path}/${w.owned.southRep[key]}` })).statusCode,
      ).toBe(404);
    });

    it('workspace B never sees workspace A, even as admin', async () => {
      const req = as(t.app, await signIn(t.app, w.other.admin.email));
      expect(
        (await req({ method: 'GET', url: `/api/v1/${path}/${w.owned.sh1[key]}` })).statusCode,
      ).toBe(404);
      const listed = (await req({ method: 'GET', url: `/api/v1/${path}?limit=200` }))
        .json()
        .items.map((r: { id: string }) => r.id);
      expect(listed).not.toContain(w.owned.sh1[key]);
    });
  });

  describe('owner assignment inside the scope', () => {
    it('a rep cannot hand a lead to a rep outside their scope; the error names the field', async () => {
      const req = as(t.app, await signIn(t.app, w.users.sh1.email));
      const res = await req({
        method: 'PATCH',
        url: `/api/v1/leads/${w.owned.sh1.leadId}`,
        payload: { ownerRepId: w.reps.southRep.id, ownerChangeReason: '转给同事' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues).toEqual([
        {
          path: 'ownerRepId',
          message: `unknown rep ${w.reps.southRep.id} or outside your data scope`,
          code: 'outside_scope',
          params: { id: w.reps.southRep.id },
        },
      ]);
    });

    it("an admin of A sees A's records but not B's lead", async () => {
      const req = as(t.app, await signIn(t.app, w.users.admin.email));
      expect(
        (await req({ method: 'GET', url: `/api/v1/leads/${w.owned.southRep.leadId}` })).statusCode,
      ).toBe(200);
      expect(
        (await req({ method: 'GET', url: `/api/v1/leads/${w.other.leadId}` })).statusCode,
      ).toBe(404);
    });

    it('a rep cannot reach the users list or the audit log', async () => {
      const req = as(t.app, await signIn(t.app, w.users.sh1.email));
      expect((await req({ method: 'GET', url: '/api/v1/users' })).json().error.code).toBe(
        'auth.forbidden',
      );
      expect((await req({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(403);
    });
  });
});
