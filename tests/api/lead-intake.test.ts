import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anAccount, anOrganisation } from '../factories.ts';
import { as, signIn, startTestApp } from '../helpers/test-app.ts';

let t: Awaited<ReturnType<typeof startTestApp>>;
let w: Awaited<ReturnType<typeof anOrganisation>>;
let admin: ReturnType<typeof as>;

beforeAll(async () => {
  t = await startTestApp();
  w = await anOrganisation(t.deps.stores);
  admin = as(t.app, await signIn(t.app, w.users.admin.email));
});
afterAll(() => t.close());

const intake = (payload: Record<string, unknown>) =>
  admin({ method: 'POST', url: '/api/v1/leads', payload });

async function publish(document: Record<string, unknown>) {
  expect(
    (await admin({ method: 'PUT', url: '/api/v1/routing/policy/draft', payload: document }))
      .statusCode,
  ).toBe(200);
  expect((await admin({ method: 'POST', url: '/api/v1/routing/policy/publish' })).statusCode).toBe(
    200,
  );
}

describe('lead intake', () => {
  it('without a published policy the lead waits as new', async () => {
    const res = await intake({ name: '赵敏', email: 'zhao@first.cn' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'new', ownerRepId: null, routing: null });
  });

  it('routes by the published policy in round robin over the team and its sub-teams, and explains it', async () => {
    await publish({
      rules: [{ id: 'R1', to: { teams: [w.teams.east.id] }, method: 'round_robin' }],
    });
    const owners: string[] = [];
    for (const n of [1, 2, 3, 4]) {
      const res = await intake({ name: `客户${n}`, email: `c${n}@rr${n}.cn` });
      expect(res.statusCode).toBe(201);
      owners.push(res.json().ownerRepId);
      t.clock.advance(60_000);
    }
    expect(owners).toEqual([w.reps.sh1.id, w.reps.sh2.id, w.reps.eastRep.id, w.reps.sh1.id]);
    const last = (await intake({ name: '客户5', email: 'c5@rr5.cn' })).json();
    expect(last).toMatchObject({
      status: 'assigned',
      routing: { outcome: 'assigned', ruleId: 'R1', method: 'round_robin' },
    });
    expect(last.routing.text).toMatch(
      /^规则 R1 匹配，以轮流方式分配给 王芳。其他候选：张伟 可分配；李娜 可分配。$/,
    );
    const history = (
      await admin({ method: 'GET', url: `/api/v1/leads/${last.id}/owner-history` })
    ).json().items;
    expect(history[0]).toMatchObject({ toRepId: w.reps.sh2.id, reason: 'routing:round_robin:R1' });
  });

  it('a lead with the e-mail of an open lead is a duplicate, closed as invalid', async () => {
    const first = (await intake({ name: '钱多多', email: 'qian@dup.cn' })).json();
    const again = (await intake({ name: '钱多多', email: 'QIAN@Dup.cn' })).json();
    expect(again).toMatchObject({
      status: 'closed',
      closeResult: 'invalid',
      routing: { outcome: 'duplicate' },
    });
    expect(again.routing.decision).toMatchObject({
      of: first.id,
      matchedBy: 'email',
      notify: first.ownerRepId,
    });
  });

  it('owner first: a lead from an account domain goes to the account owner and is linked to it', async () => {
    const account = await anAccount(
      t.deps.stores,
      w.ws.id,
      w.reps.southRep.id,
      '深圳某某电子有限公司',
    );
    await t.deps.stores.accounts.update(w.ws.id, account.id, { domain: 'szdz.cn' });
    const res = (await intake({ name: '孙工', email: 'sun@szdz.cn' })).json();
    expect(res).toMatchObject({
      ownerRepId: w.reps.southRep.id,
      accountId: account.id,
      routing: { method: 'owner' },
    });
    expect(res.routing.decision.matched).toEqual({
      record: { kind: 'account', id: account.id },
      matchedBy: 'domain',
    });
  });

  it('the same external id twice creates one lead', async () => {
    const a = (await intake({ name: '周周', email: 'zhou@ext.cn', externalId: 'form-42' })).json();
    const b = await intake({ name: '周周', email: 'zhou@ext.cn', externalId: 'form-42' });
    expect(b.statusCode).toBe(201);
    expect(b.json()).toMatchObject({ id: a.id, routing: { ignored: true } });
    const listed = (await admin({ method: 'GET', url: '/api/v1/leads?q=zhou@ext.cn' })).json();
    expect(listed.total).toBe(1);
  });

  it('caps count in the business day: past the cap the lead is held', async () => {
    // 2026-03-03 23:30 in Shanghai (earlier tests routed on the 2nd), then 00:30 on the 4th.
    t.clock.set('2026-03-03T15:30:00Z');
    admin = as(t.app, await signIn(t.app, w.users.admin.email));
    await publish({
      rules: [{ id: 'south', to: { reps: [w.reps.southRep.id] }, method: 'round_robin' }],
    });
    await admin({
      method: 'PATCH',
      url: `/api/v1/reps/${w.reps.southRep.id}`,
      payload: { capPerDay: 1 },
    });
    expect((await intake({ name: 'A', email: 'a@cap1.cn' })).json().status).toBe('assigned');
    const held = (await intake({ name: 'B', email: 'b@cap2.cn' })).json();
    expect(held).toMatchObject({ status: 'held', routing: { outcome: 'held' } });
    expect(held.routing.decision.candidates).toEqual([
      { repId: w.reps.southRep.id, status: 'rejected', code: 'cap_day' },
    ]);
    t.clock.set('2026-03-03T16:30:00Z');
    expect((await intake({ name: 'C', email: 'c@cap3.cn' })).json().status).toBe('assigned');
  });

  it('the owner reads why the lead came to them, in their language; others cannot', async () => {
    await admin({
      method: 'PATCH',
      url: `/api/v1/reps/${w.reps.southRep.id}`,
      payload: { capPerDay: null },
    });
    const lead = (await intake({ name: '吴先生', email: 'wu@why.cn' })).json();
    expect(lead.ownerRepId).toBe(w.reps.southRep.id);
    const owner = as(t.app, await signIn(t.app, w.users.southRep.email));
    const zh = (await owner({ method: 'GET', url: `/api/v1/leads/${lead.id}/routing` })).json()
      .items;
    expect(zh).toHaveLength(1);
    expect(zh[0]).toMatchObject({
      outcome: 'assigned',
      repId: w.reps.southRep.id,
      ruleId: 'south',
      policyVersion: 2,
    });
    expect(zh[0].text).toBe('规则 south 匹配，以轮流方式分配给 刘洋。');
    await owner({ method: 'PATCH', url: '/api/v1/auth/profile', payload: { locale: 'en' } });
    const en = (await owner({ method: 'GET', url: `/api/v1/leads/${lead.id}/routing` })).json()
      .items;
    expect(en[0].text).toBe('Rule south matched; assigned to 刘洋 by round robin.');
    const asked = (
      await owner({ method: 'GET', url: `/api/v1/leads/${lead.id}/routing?locale=zh-CN` })
    ).json().items;
    expect(asked[0].text).toBe('规则 south 匹配，以轮流方式分配给 刘洋。');
    const other = as(t.app, await signIn(t.app, w.users.sh1.email));
    expect(
      (await other({ method: 'GET', url: `/api/v1/leads/${lead.id}/routing` })).statusCode,
    ).toBe(404);
  });

  it('an owner given by hand is in the lead routing and the routing log as a manual assignment', async () => {
    const lead = (await intake({ name: '郑女士', email: 'zheng@hand.cn' })).json();
    const patched = await admin({
      method: 'PATCH',
      url: `/api/v1/leads/${lead.id}`,
      payload: { ownerRepId: w.reps.eastRep.id, ownerChangeReason: '客户指定李娜' },
    });
    expect(patched.statusCode).toBe(200);
    const steps = (await admin({ method: 'GET', url: `/api/v1/leads/${lead.id}/routing` })).json()
      .items;
    expect(steps.map((s: { method: string }) => s.method)).toEqual(['manual', 'round_robin']);
    expect(steps[0]).toMatchObject({
      outcome: 'assigned',
      repId: w.reps.eastRep.id,
      ruleId: null,
      policyVersion: null,
      text: '手动分配给 李娜。',
    });
    const log = (
      await admin({
        method: 'GET',
        url: `/api/v1/routing/log?repId=${w.reps.eastRep.id}&limit=1&locale=en`,
      })
    ).json();
    expect(log.items[0]).toMatchObject({
      leadId: lead.id,
      leadName: '郑女士',
      method: 'manual',
      text: 'Assigned to 李娜 by hand.',
    });
  });

  it('a batch is routed in the order given, and a bad row keeps the whole batch out', async () => {
    await publish({
      rules: [{ id: 'B', to: { reps: [w.reps.sh1.id, w.reps.sh2.id] }, method: 'round_robin' }],
    });
    const before = (await admin({ method: 'GET', url: '/api/v1/leads?limit=1' })).json().total;
    const bad = await admin({
      method: 'POST',
      url: '/api/v1/leads/batch',
      payload: {
        leads: [
          { name: '甲', email: 'jia@batch.cn' },
          { name: '乙', email: 'not-an-email' },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0]).toMatchObject({ path: 'leads.1.email' });
    const unknownAccount = await admin({
      method: 'POST',
      url: '/api/v1/leads/batch',
      payload: {
        leads: [
          { name: '甲', email: 'jia@batch.cn' },
          { name: '乙', accountId: '00000000-0000-4000-8000-000000000001' },
        ],
      },
    });
    expect(unknownAccount.statusCode).toBe(400);
    expect((await admin({ method: 'GET', url: '/api/v1/leads?limit=1' })).json().total).toBe(
      before,
    );

    const res = await admin({
      method: 'POST',
      url: '/api/v1/leads/batch',
      payload: {
        leads: ['一', '二', '三'].map((n, i) => ({
          name: `展会客户${n}`,
          email: `fair${i}@expo${i}.cn`,
        })),
      },
    });
    expect(res.statusCode).toBe(201);
    const owners = res.json().items.map((l: { ownerRepId: string }) => l.ownerRepId);
    expect(new Set(owners).size).toBe(2);
    expect(owners[0]).toBe(owners[2]);
    expect(
      res
        .json()
        .items.every((l: { routing: { outcome: string } }) => l.routing.outcome === 'assigned'),
    ).toBe(true);
  });

  it('leads posted at the same time go in together: each gets its own answer, a bad one only its own error', async () => {
    // Later than every assignment so far, so that round robin starts from a level field.
    t.clock.set('2026-03-06T02:00:00Z');
    admin = as(t.app, await signIn(t.app, w.users.admin.email));
    await publish({
      rules: [{ id: 'Q', to: { reps: [w.reps.sh1.id, w.reps.sh2.id] }, method: 'round_robin' }],
    });
    const auditBefore = (
      await admin({ method: 'GET', url: '/api/v1/audit?entity=lead&action=create&limit=200' })
    ).json().items.length;
    const payloads = Array.from({ length: 12 }, (_, i) => ({
      name: `同时${i}`,
      email: `same${i}@together${i}.cn`,
      externalId: i === 11 ? 'together-5' : `together-${i}`,
    }));
    payloads[3] = { ...payloads[3]!, accountId: '00000000-0000-4000-8000-000000000001' } as never;
    const answers = await Promise.all(payloads.map((p) => intake(p)));
    expect(answers.map((a) => a.statusCode)).toEqual([
      201, 201, 201, 400, 201, 201, 201, 201, 201, 201, 201, 201,
    ]);
    expect(answers[3]!.json().error.details.issues[0]).toMatchObject({ path: 'accountId' });
    const leads = answers.map((a) => a.json());
    // The same external id within the batch: the first lead, not a second one.
    expect(leads[11]).toMatchObject({ id: leads[5].id, routing: { ignored: true } });
    const taken = leads.filter((_, i) => i !== 3 && i !== 11);
    expect(new Set(taken.map((l) => l.id)).size).toBe(10);
    // Round robin across the batch, in arrival order, as one lead after another.
    const owners = taken.map((l) => l.ownerRepId);
    expect(owners.filter((o) => o === w.reps.sh1.id)).toHaveLength(5);
    expect(owners.filter((o) => o === w.reps.sh2.id)).toHaveLength(5);
    for (const [k, lead] of taken.entries()) {
      // One after another: each its own instant, alternating between the two.
      expect(lead.ownerRepId).not.toBe(taken[k + 1]?.ownerRepId);
      if (k > 0)
        expect(Date.parse(lead.ownedSince)).toBeGreaterThan(Date.parse(taken[k - 1].ownedSince));
      expect(lead.routing.text).toMatch(/^规则 Q 匹配，以轮流方式分配给 (张伟|王芳)。/);
    }
    const auditAfter = (
      await admin({ method: 'GET', url: '/api/v1/audit?entity=lead&action=create&limit=200' })
    ).json().items.length;
    expect(auditAfter - auditBefore).toBe(10);
  });

  it('the routing log lists decisions newest first, filtered and explained; reps cannot read it', async () => {
    const log = (
      await admin({ method: 'GET', url: `/api/v1/routing/log?repId=${w.reps.southRep.id}&limit=2` })
    ).json();
    expect(log.items).toHaveLength(2);
    expect(log.items.every((e: { repId: string }) => e.repId === w.reps.southRep.id)).toBe(true);
    expect(log.items[0].at >= log.items[1].at).toBe(true);
    expect(log.items[0].text).toMatch(/刘洋/);
    expect(log.items[0].leadName).toEqual(expect.any(String));
    expect(log.nextCursor).not.toBeNull();
    const held = (await admin({ method: 'GET', url: '/api/v1/routing/log?outcome=held' })).json();
    expect(held.items.every((e: { outcome: string }) => e.outcome === 'held')).toBe(true);
    const rep = as(t.app, await signIn(t.app, w.users.sh1.email));
    expect((await rep({ method: 'GET', url: '/api/v1/routing/log' })).json().error.code).toBe(
      'auth.forbidden',
    );
  });

  it('a rep enters their own lead by hand', async () => {
    const rep = as(t.app, await signIn(t.app, w.users.sh1.email));
    const res = (
      await rep({ method: 'POST', url: '/api/v1/leads', payload: { name: '自拓客户' } })
    ).json();
    expect(res).toMatchObject({ ownerRepId: w.reps.sh1.id, status: 'assigned', routing: null });
  });
});
