import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIntake } from '../../src/app/intake/signed-intake.ts';
import { anOrganisation } from '../factories.ts';
import { as, signIn, startTestApp } from '../helpers/test-app.ts';

let t: Awaited<ReturnType<typeof startTestApp>>;
let admin: ReturnType<typeof as>;
let source: { id: string; secret: string };

beforeAll(async () => {
  t = await startTestApp();
  const w = await anOrganisation(t.deps.stores);
  admin = as(t.app, await signIn(t.app, w.users.admin.email));
  const policy = { rules: [{ id: 'web', to: { reps: [w.reps.sh1.id] }, method: 'round_robin' }] };
  await admin({ method: 'PUT', url: '/api/v1/routing/policy/draft', payload: policy });
  await admin({ method: 'POST', url: '/api/v1/routing/policy/publish' });
  source = (
    await admin({ method: 'POST', url: '/api/v1/intake-sources', payload: { name: '官网表单' } })
  ).json();
});
afterAll(() => t.close());

const post = (body: string, headers: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/intake/${source.id}`,
    payload: body,
    headers: { 'content-type': 'application/json', ...headers },
  });
const now = () => String(Math.floor(t.clock.now().getTime() / 1000));

describe('signed intake from web forms and partners', () => {
  it('takes in and routes a lead whose signature matches, without a session', async () => {
    const body = JSON.stringify({ name: '网站访客', email: 'visitor@web.cn', source: 'website' });
    const ts = now();
    const res = await post(body, {
      'x-allot-timestamp': ts,
      'x-allot-signature': signIntake(source.secret, ts, body),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'assigned',
      routing: { outcome: 'assigned', ruleId: 'web' },
    });
    const listed = (await admin({ method: 'GET', url: '/api/v1/intake-sources' })).json().items[0];
    expect(listed).not.toHaveProperty('secret');
    expect(listed.lastUsedAt).not.toBeNull();
  });

  it('refuses a wrong signature, a changed body, a missing header and an old timestamp', async () => {
    const body = JSON.stringify({ name: '攻击者' });
    const ts = now();
    const good = signIntake(source.secret, ts, body);
    const cases = [
      post(body, { 'x-allot-timestamp': ts, 'x-allot-signature': signIntake('guessed', ts, body) }),
      post(JSON.stringify({ name: '改过的' }), {
        'x-allot-timestamp': ts,
        'x-allot-signature': good,
      }),
      post(body, { 'x-allot-timestamp': ts }),
      (() => {
        const old = String(Number(ts) - 301);
        return post(body, {
          'x-allot-timestamp': old,
          'x-allot-signature': signIntake(source.secret, old, body),
        });
      })(),
    ];
    for (const res of await Promise.all(cases)) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('intake.signature');
    }
    expect((await admin({ method: 'GET', url: '/api/v1/leads?q=攻击者' })).json().total).toBe(0);
  });

  it('stops accepting a revoked source', async () => {
    expect(
      (await admin({ method: 'DELETE', url: `/api/v1/intake-sources/${source.id}` })).statusCode,
    ).toBe(204);
    const body = JSON.stringify({ name: '迟到的' });
    const ts = now();
    const res = await post(body, {
      'x-allot-timestamp': ts,
      'x-allot-signature': signIntake(source.secret, ts, body),
    });
    expect(res.statusCode).toBe(401);
  });
});
