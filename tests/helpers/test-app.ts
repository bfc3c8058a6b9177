/** The real HTTP app on a fresh database with a fixed clock, driven by `app.inject()`. */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { createApp } from '../../src/http/create-app.ts';
import { depsFor } from '../../src/main/build-deps.ts';
import { PASSWORD } from '../factories.ts';
import { fixedClock } from './fixed-clock.ts';
import { type Engine, freshDatabase } from './test-db.ts';

export async function startTestApp(engine: Engine = 'pglite', http: { trustProxy?: boolean } = {}) {
  const database = await freshDatabase(engine);
  const clock = fixedClock();
  const deps = depsFor(database, 24, clock);
  const app = await createApp(deps, {
    logLevel: 'silent',
    secureCookies: 'auto',
    trustProxy: http.trustProxy ?? false,
    engine: database.engine,
    version: 'test',
  });
  return {
    app,
    deps,
    clock,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export type Session = { cookie: string; csrf: string };

/** Signs in through the API and returns what a browser would send afterwards. */
export async function signIn(
  app: FastifyInstance,
  email: string,
  password = PASSWORD,
): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });
  if (res.statusCode !== 200)
    throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'allot_session');
  return {
    cookie: `allot_session=${cookie?.value}`,
    csrf: (res.json() as { csrfToken: string }).csrfToken,
  };
}

/** A request as the signed-in user (cookie + CSRF header). */
export function as(app: FastifyInstance, session: Session) {
  return (options: InjectOptions) =>
    app.inject({
      ...options,
      headers: { ...(options.headers ?? {}), cookie: session.cookie, 'x-csrf-token': session.csrf },
    });
}
