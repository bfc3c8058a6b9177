import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aUser, aWorkspace, PASSWORD } from '../factories.ts';
import { as, signIn, startTestApp } from '../helpers/test-app.ts';

let t: Awaited<ReturnType<typeof startTestApp>>;
let adminEmail: string;

beforeAll(async () => {
  t = await startTestApp();
  const ws = await aWorkspace(t.deps.stores);
  adminEmail = (
    await aUser(t.deps.stores, ws.id, { role: 'admin', dataScope: 'all', email: 'Boss@Example.cn' })
  ).email;
});
afterAll(() => t.close());

const login = (email: string, password: string, ip = '10.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress: ip,
  });

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns the user, workspace and CSRF token', async () => {
    const res = await login('boss@example.cn', PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'allot_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const body = res.json();
    expect(body.user.email).toBe(adminEmail);
    expect(body.user).not.toHaveProperty('passwordHash');
    expect(body.workspace.timezone).toBe('Asia/Shanghai');
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
  });

  it('marks the cookie Secure behind an HTTPS proxy that is trusted, and only then', async () => {
    const behindProxy = await startTestApp('pglite', { trustProxy: true });
    try {
      const ws = await aWorkspace(behindProxy.deps.stores);
      const user = await aUser(behindProxy.deps.stores, ws.id, { role: 'admin', dataScope: 'all' });
      const viaHttps = { email: user.email, password: PASSWORD };
      const secure = await behindProxy.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: viaHttps,
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(secure.cookies.find((c) => c.name === 'allot_session')?.secure).toBe(true);
    } finally {
      await behindProxy.close();
    }
    const untrusted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: adminEmail, password: PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(untrusted.cookies.find((c) => c.name === 'allot_session')?.secure).toBeFalsy();
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const wrong = await login(adminEmail, 'not the password', '10.0.0.2');
    const unknown = await login('nobody@example.cn', 'not the password', '10.0.0.2');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toEqual({
        code: 'auth.invalid_credentials',
        message: 'wrong e-mail or password',
      });
    }
  });

  it('throttles after 10 failures per e-mail, with a Retry-After, even with the right password', async () => {
    const email = 'target@example.cn';
    for (let i = 0; i < 10; i += 1)
      expect((await login(email, 'guess', `10.1.0.${i}`)).statusCode).toBe(401);
    const blocked = await login(email, 'guess', '10.1.0.99');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('auth.throttled');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(800);
  });

  it('throttles after 10 failures from one IP across e-mails', async () => {
    for (let i = 0; i < 10; i += 1) await login(`x${i}@example.cn`, 'guess', '10.9.9.9');
    const res = await login(adminEmail, PASSWORD, '10.9.9.9');
    expect(res.statusCode).toBe(429);
    expect(res.json().error.message).toMatch(/too many failed sign-ins; try again in \d+ s/);
  });
});

describe('sessions and CSRF', () => {
  it('rejects API calls without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/leads' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('auth.required');
  });

  it('requires the CSRF token on unsafe requests made with the cookie', async () => {
    const s = await signIn(t.app, adminEmail);
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      payload: { name: '华东' },
      headers: { cookie: s.cookie },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('auth.csrf');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      payload: { name: '华东' },
      headers: { cookie: s.cookie, 'x-csrf-token': 'nope' },
    });
    expect(wrong.json().error.code).toBe('auth.csrf');
    expect(
      (await as(t.app, s)({ method: 'POST', url: '/api/v1/teams', payload: { name: '华东' } }))
        .statusCode,
    ).toBe(201);
  });

  it('ends the session on logout', async () => {
    const s = await signIn(t.app, adminEmail);
    const req = as(t.app, s);
    expect((await req({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(200);
    expect((await req({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    expect((await req({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
  });

  it('remembers the chosen language on the user', async () => {
    const req = as(t.app, await signIn(t.app, adminEmail));
    expect(
      (
        await req({ method: 'PATCH', url: '/api/v1/auth/profile', payload: { locale: 'en' } })
      ).json().locale,
    ).toBe('en');
    expect((await req({ method: 'GET', url: '/api/v1/auth/session' })).json().user.locale).toBe(
      'en',
    );
  });
});

describe('API tokens', () => {
  it('are shown once, act as their user without CSRF, record their use and stop working when revoked', async () => {
    const admin = as(t.app, await signIn(t.app, adminEmail));
    const created = await admin({
      method: 'POST',
      url: '/api/v1/api-tokens',
      payload: { name: '官网表单' },
    });
    expect(created.statusCode).toBe(201);
    const { token, id, prefix } = created.json();
    expect(token.startsWith(prefix)).toBe(true);
    const bearer = { authorization: `Bearer ${token}` };
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      payload: { name: '华南' },
      headers: bearer,
    });
    expect(made.statusCode).toBe(201);
    const listed = (await admin({ method: 'GET', url: '/api/v1/api-tokens' })).json().items;
    expect(listed[0]).not.toHaveProperty('token');
    expect(listed[0]).not.toHaveProperty('tokenHash');
    expect(listed[0].lastUsedAt).not.toBeNull();
    expect((await admin({ method: 'DELETE', url: `/api/v1/api-tokens/${id}` })).statusCode).toBe(
      204,
    );
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/teams', headers: bearer });
    expect(after.statusCode).toBe(401);
    const audit = (await admin({ method: 'GET', url: '/api/v1/audit?entity=api_token' })).json()
      .items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['revoke', 'create']);
    const teamAudit = (
      await admin({ method: 'GET', url: '/api/v1/audit?entity=team&action=create' })
    ).json().items;
    expect(teamAudit[0].actorLabel).toBe('token:官网表单');
  });
});

describe('session lifetime', () => {
  it('a session ends after its lifetime and is swept out at the next sign-in', async () => {
    const s = await signIn(t.app, adminEmail);
    const req = as(t.app, s);
    expect((await req({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(200);
    t.clock.advance(25 * 3_600_000);
    const expired = await req({ method: 'GET', url: '/api/v1/auth/session' });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('auth.required');
    await signIn(t.app, adminEmail);
    const left = await t.database.db.execute(
      sql`select count(*)::int as n from sessions where expires_at < ${t.clock.now()}`,
    );
    expect((left as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(0);
  });
});
