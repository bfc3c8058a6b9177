import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, leads } from '../../src/infra/db/schema.ts';
import { anOrganisation } from '../factories.ts';
import { as, signIn, startTestApp } from '../helpers/test-app.ts';

let t: Awaited<ReturnType<typeof startTestApp>>;
let w: Awaited<ReturnType<typeof anOrganisation>>;
let admin: ReturnType<typeof as>;

beforeAll(async () => {
  t = await startTestApp();
  w = await anOrganisation(t.deps.stores);
  admin = as(t.app, await signIn(t.app, w.users.admin.email));
  // Published: everything to 刘洋 (south).
  await admin({
    method: 'PUT',
    url: '/api/v1/routing/policy/draft',
    payload: { rules: [{ id: 'all', to: { reps: [w.reps.southRep.id] }, method: 'round_robin' }] },
  });
  await admin({ method: 'POST', url: '/api/v1/routing/policy/publish' });
});
afterAll(() => t.close());

const preview = (payload: Record<string, unknown>) =>
  admin({ method: 'POST', url: '/api/v1/routing/preview', payload });

const shanghaiDraft = () => ({
  rules: [
    {
      id: 'shanghai',
      when: { field: 'region', op: 'eq', value: '上海' },
      to: { reps: [w.reps.sh1.id, w.reps.sh2.id] },
      method: 'round_robin',
    },
  ],
  fallback: `rep:${w.reps.southRep.id}`,
});

async function written() {
  const rows = (await t.database.db.execute(
    sql`select (select count(*) from leads)::int as leads, (select count(*) from assignments)::int as assignments, (select count(*) from audit_log)::int as audit`,
  )) as unknown as { rows: Record<string, number>[] };
  return rows.rows[0];
}

describe('routing preview of given leads', () => {
  it('shows where each lead would go under the draft and under the published policy, and writes nothing', async () => {
    const before = await written();
    const res = await preview({
      policy: shanghaiDraft(),
      leads: [
        { name: '甲', region: '上海', email: 'jia@preview-one.cn' },
        { name: '乙', region: '上海', email: 'yi@preview-two.cn' },
        { name: '丙', region: '广州', email: 'bing@preview-three.cn' },
        { name: '甲（重复）', email: 'JIA@preview-one.cn' },
      ],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(
      body.items.map((i: { name: string; draft: { outcome: string; repId: string | null } }) => [
        i.name,
        i.draft.outcome,
        i.draft.repId,
      ]),
    ).toEqual([
      ['甲', 'assigned', w.reps.sh1.id],
      ['乙', 'assigned', w.reps.sh2.id],
      ['丙', 'assigned', w.reps.southRep.id],
      ['甲（重复）', 'duplicate', null],
    ]);
    expect(
      body.items.map((i: { published: { repId: string | null } }) => i.published.repId),
    ).toEqual([w.reps.southRep.id, w.reps.southRep.id, w.reps.southRep.id, null]);
    expect(body.items.map((i: { changed: boolean }) => i.changed)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(body.items[0].draft.text).toBe(
      '规则 shanghai 匹配（地区=上海），以轮流方式分配给 张伟。其他候选：王芳 可分配。',
    );
    expect(body.items[2].draft.text).toMatch(/兜底.*刘洋/);
    expect(body.items[3].draft.text).toBe(
      '与未关闭的线索 甲 的邮箱相同，判定为重复线索，已通知负责人 张伟。',
    );
    expect(body.totals).toEqual({
      leads: 4,
      changed: 2,
      draft: { assigned: 3, duplicate: 1, held: 0, pooled: 0 },
      published: { assigned: 3, duplicate: 1, held: 0, pooled: 0 },
    });
    const rep = (id: string) => body.reps.find((r: { repId: string }) => r.repId === id);
    expect(rep(w.reps.sh1.id)).toMatchObject({
      name: '张伟',
      weightShare: 0.25,
      draft: { count: 1, share: 1 / 3, capHits: 0 },
      published: { count: 0, share: 0 },
    });
    expect(rep(w.reps.southRep.id)).toMatchObject({
      draft: { count: 1 },
      published: { count: 3, share: 1 },
    });
    expect(await written()).toEqual(before);
  });

  it('words the explanations in the language asked for', async () => {
    const res = await preview({
      policy: shanghaiDraft(),
      leads: [{ name: 'A', region: '上海', email: 'a@preview-en.cn' }],
      locale: 'en',
    });
    expect(res.json().items[0].draft.text).toBe(
      'Rule shanghai matched (region=上海); assigned to 张伟 by round robin. Other candidates: 王芳 eligible.',
    );
  });

  it('previews the saved draft when no policy is given, and says when there is none', async () => {
    const none = await preview({ leads: [{ name: 'A' }] });
    expect(none.statusCode).toBe(409);
    expect(none.json().error.code).toBe('routing.no_draft');
    await admin({ method: 'PUT', url: '/api/v1/routing/policy/draft', payload: shanghaiDraft() });
    const saved = await preview({ leads: [{ name: 'A', region: '上海' }] });
    expect(saved.json().items[0].draft).toMatchObject({ ruleId: 'shanghai' });
  });

  it('refuses a draft that cannot work, naming every problem, and asks for leads or days but not both', async () => {
    const bad = await preview({
      policy: {
        rules: [
          { id: 'x', to: { reps: ['00000000-0000-4000-8000-000000000001'] }, method: 'weighted' },
        ],
      },
      lastDays: 7,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues).toMatchObject([
      { path: 'rules[0].to.reps[0]', code: 'unknown_rep' },
    ]);
    for (const payload of [
      { policy: shanghaiDraft() },
      { policy: shanghaiDraft(), lastDays: 3, leads: [{ name: 'A' }] },
    ]) {
      const res = await preview(payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues).toMatchObject([
        { path: 'lastDays', code: 'choose_one' },
      ]);
    }
  });

  it('is for managers and admins, not reps', async () => {
    const rep = as(t.app, await signIn(t.app, w.users.sh1.email));
    const res = await rep({
      method: 'POST',
      url: '/api/v1/routing/preview',
      payload: { policy: shanghaiDraft(), lastDays: 7 },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('routing backtest over the last days', () => {
  it('replays stored leads at their own times: daily caps, fallback and SLA expiries the history shows', async () => {
    const db = t.database.db;
    // Three Shanghai leads on Wednesday 25 February (Shanghai time), all owned by 刘洋 in fact.
    const at = (hhmm: string) => new Date(`2026-02-25T${hhmm}:00+08:00`);
    const rows = await db
      .insert(leads)
      .values(
        ['09:00', '09:10', '09:20'].map((hhmm, i) => ({
          workspaceId: w.ws.id,
          name: `回测${i + 1}`,
          region: '上海',
          email: `backtest${i + 1}@history-${i}.cn`,
          emailKey: `backtest${i + 1}@history-${i}.cn`,
          status: 'assigned' as const,
          ownerRepId: w.reps.southRep.id,
          ownedSince: at(hhmm),
          createdAt: at(hhmm),
        })),
      )
      .returning({ id: leads.id });
    // 刘洋 called the first within 20 minutes; the other two were never followed up.
    await db.insert(activities).values({
      workspaceId: w.ws.id,
      kind: 'call',
      repId: w.reps.southRep.id,
      leadId: rows[0]!.id,
      at: at('09:20'),
    });
    await t.deps.stores.reps.update(w.ws.id, w.reps.sh1.id, { capPerDay: 1 });
    const before = await written();
    const res = await preview({
      policy: {
        rules: [{ id: 'sh1only', to: { reps: [w.reps.sh1.id] }, method: 'round_robin' }],
        fallback: `rep:${w.reps.southRep.id}`,
        sla: { firstTouchMinutes: 30, action: 'reassign' },
      },
      lastDays: 7,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      from: '2026-02-23T01:00:00.000Z',
      to: '2026-03-02T01:00:00.000Z',
      truncated: false,
    });
    expect(
      body.items.map((i: { leadId: string; draft: { repId: string } }) => [
        i.leadId,
        i.draft.repId,
      ]),
    ).toEqual([
      [rows[0]!.id, w.reps.sh1.id],
      [rows[1]!.id, w.reps.southRep.id],
      [rows[2]!.id, w.reps.southRep.id],
    ]);
    expect(body.items[1].draft.text).toBe(
      '没有规则完成分配，按兜底设置处理：直接分配给 刘洋。其他候选：张伟 已达每日上限。未采用的规则：sh1only 无可分配的人。',
    );
    const rep = (id: string) => body.reps.find((r: { repId: string }) => r.repId === id);
    expect(rep(w.reps.sh1.id).draft).toMatchObject({ count: 1, capHits: 2, slaExpiries: 0 });
    // Kept by 刘洋 in the replay as in fact, and not touched within 30 minutes: two expiries.
    expect(rep(w.reps.southRep.id).draft).toMatchObject({ count: 2, slaExpiries: 2 });
    // The published policy has no SLA.
    expect(rep(w.reps.southRep.id).published).toMatchObject({ count: 3, slaExpiries: 0 });
    expect(await written()).toEqual(before);
  });
});
