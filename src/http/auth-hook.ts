/**
 * Authentication for every route not marked `public`: a Bearer API token or the session cookie.
 * Unsafe methods under cookie authentication must echo the session's CSRF token.
 */
import { timingSafeEqual } from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Authenticated, authenticate } from '../app/auth/authenticate.ts';
import { AppError } from '../app/errors.ts';
import type { AppDeps } from '../app/ports.ts';

export const SESSION_COOKIE = 'allot_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    auth: Authenticated | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean;
  }
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match)
    throw new AppError('auth.required', 'the Authorization header must be "Bearer <token>"');
  return match[1];
}

export function registerAuthHook(app: FastifyInstance, deps: Pick<AppDeps, 'stores' | 'clock'>) {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config.public || !request.url.startsWith('/api/')) return;
    const auth = await authenticate(deps, {
      bearer: bearerOf(request),
      sessionToken: request.cookies[SESSION_COOKIE],
      requestId: request.id,
    });
    if (auth.csrfToken !== null && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, auth.csrfToken)) {
        throw new AppError('auth.csrf', 'missing or wrong X-CSRF-Token header');
      }
    }
    request.auth = auth;
  });
}

/** The authenticated actor of a non-public route. */
export function actorOf(request: FastifyRequest) {
  if (request.auth === null) throw new AppError('auth.required', 'sign in or send an API token');
  return request.auth.actor;
}
