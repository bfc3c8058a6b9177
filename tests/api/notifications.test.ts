import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganisation } from '../factories.ts';
import { as, signIn, startTestApp } from '../helpers/test-app.ts';

let t: Awaited<ReturnType<typeof startTestApp>>;
let w: Awaited<ReturnType<typeof anOrganisation>>;
let admin: ReturnType<typeof as>;
let mentor: ReturnType<typeof as>;
let junior: ReturnType<typeof as>;

beforeAll(async () => {
  t = await startTestApp();
  w = await anOrganisation(t.deps.stores);
  admin = as(t.app, await signIn(t.app, w.users.admin.email));
  mentor = as(t.app, await signIn(t.app, w.users.sh1.email));
  junior = as(t.app, await signIn(t.app, w.users.southRep.email));
  // 刘洋 (south) is a junior rep mentored by 张伟 (sh1).
  await t.deps.stores.reps.update(w.ws.id, w.reps.southRep.id, {
    level: 'junior',
    mentorId: w.reps.sh1.id,
  });
  await admin({
    method: 'PUT',
    url: '/api/v1/routing/policy/draft',
    payload: {
      rules: [
        {
          id: 'south',
          when: { field: 'region', op: 'eq', value: '广州' },
          to: { reps: [w.reps.southRep.id] },
          method: 'round_robin',
        },
        { id: 'sh', to: { reps: [w.reps.sh1.id] }, method: 'round_robin' },
      ],
    },
  });
  await admin({ method: 'POST', url: '/api/v1/routing/policy/publish' });
});
afterAll(() => t.close());

const inbox = async (who: ReturnType<typeof as>, query = '') =>
  (await who({ method: 'GET', url: `/api/v1/notifications${query}` })).json();

describe('notifications of routing', () => {
  it('tells a junior rep of the lead and the rep’s mentor too; a regular rep’s lead tells only the rep', async () => {
    const lead = (
      await admin({
        method: 'POST',
        url: '/api/v1/leads',
        payload: { name: '广州客户', region: '广州', email: 'gz@notice-one.cn' },
      })
    ).json();
    expect(lead.ownerRepId).toBe(w.reps.southRep.id);
    const own = await inbox(junior);
    expect(own.unread).toBe(1);
    expect(own.items[0]).toMatchObject({
      kind: 'lead_assigned',
      leadId: lead.id,
      text: '新线索「广州客户」已分配给你',
    });
    const mentored = await inbox(mentor);
    expect(mentored.items).toHaveLength(1);
    expect(mentored.items[0]).toMatchObject({
      kind: 'mentee_assigned',
      leadId: lead.id,
      repId: w.reps.southRep.id,
      text: '你带教的 刘洋 分到了新线索「广州客户」',
    });
    expect((await inbox(mentor, '?locale=en')).items[0].text).toBe(
      '刘洋, whom you mentor, was assigned the new lead “广州客户”',
    );

    t.clock.advance(60_000);
    await admin({
      method: 'POST',
      url: '/api/v1/leads',
      payload: { name: '上海客户', region: '上海', email: 'sh@notice-two.cn' },
    });
    expect((await inbox(mentor)).items.map((n: { kind: string }) => n.kind)).toEqual([
      'lead_assigned',
      'mentee_assigned',
    ]);
    expect((await inbox(junior)).unread).toBe(1);
  });

  it('tells the owner when a new lead repeats their open lead', async () => {
    t.clock.advance(60_000);
    await admin({
      method: 'POST',
      url: '/api/v1/leads',
      payload: { name: '重复的广州客户', email: 'GZ@notice-one.cn' },
    });
    const own = await inbox(junior);
    expect(own.items[0]).toMatchObject({
      kind: 'duplicate_lead',
      text: '新进线索「重复的广州客户」与你的线索重复，已判为重复线索',
    });
  });

  it('marks one notice or all read, pages newest first, and shows nobody else’s notices', async () => {
    const first = await inbox(mentor, '?limit=1');
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = await inbox(mentor, `?limit=1&cursor=${first.nextCursor}`);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect(second.nextCursor).toBeNull();

    const one = await mentor({
      method: 'POST',
      url: '/api/v1/notifications/read',
      payload: { ids: [first.items[0].id] },
    });
    expect(one.json()).toEqual({ changed: 1, unread: 1 });
    expect((await inbox(mentor, '?unread=true')).items.map((n: { id: string }) => n.id)).toEqual([
      second.items[0].id,
    ]);
    // Marking someone else's notice changes nothing.
    const other = await junior({
      method: 'POST',
      url: '/api/v1/notifications/read',
      payload: { ids: [second.items[0].id] },
    });
    expect(other.json().changed).toBe(0);
    const all = await mentor({ method: 'POST', url: '/api/v1/notifications/read', payload: {} });
    expect(all.json()).toEqual({ changed: 1, unread: 0 });
    expect((await inbox(admin)).items).toEqual([]);
  });
});
