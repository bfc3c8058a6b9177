/** Sign-in, sign-out, the current session and the user's own profile. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { login } from '../../app/auth/login.ts';
import { logout } from '../../app/auth/logout.ts';
import { updateProfile } from '../../app/auth/update-profile.ts';
import type { AppDeps } from '../../app/ports.ts';
import {
  LoginInputSchema,
  ProfilePatchSchema,
  SessionSchema,
  UserSchema,
} from '../../contracts/access.ts';
import { ErrorBodySchema } from '../../contracts/common.ts';
import { actorOf, SESSION_COOKIE } from '../auth-hook.ts';
import { toWire } from '../wire.ts';

export type CookiePolicy = 'auto' | 'always' | 'never';

const errors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  429: ErrorBodySchema,
};

export function registerAuthRoutes(app: FastifyInstance, deps: AppDeps, cookies: CookiePolicy) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const secure = (req: FastifyRequest) =>
    cookies === 'always' || (cookies === 'auto' && req.protocol === 'https');
  const clear = (req: FastifyRequest, reply: FastifyReply) =>
    reply.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: secure(req),
    });

  r.post(
    '/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        body: LoginInputSchema,
        response: { 200: SessionSchema, ...errors },
      },
    },
    async (req, reply) => {
      const result = await login(deps, { ...req.body, ip: req.ip, requestId: req.id });
      reply.setCookie(SESSION_COOKIE, result.sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: secure(req),
        expires: result.expiresAt,
      });
      return toWire({
        user: result.user,
        workspace: result.workspace,
        csrfToken: result.csrfToken,
      });
    },
  );

  r.post(
    '/auth/logout',
    { config: { public: true }, schema: { tags: ['auth'], response: { 204: z.null() } } },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token !== undefined) await logout(deps, token);
      clear(req, reply);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/auth/session',
    { schema: { tags: ['auth'], response: { 200: SessionSchema, ...errors } } },
    async (req) => {
      const { actor, csrfToken } = req.auth!;
      return toWire({ user: actor.user, workspace: actor.workspace, csrfToken });
    },
  );

  r.patch(
    '/auth/profile',
    {
      schema: {
        tags: ['auth'],
        body: ProfilePatchSchema,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (req) => toWire(await updateProfile(deps, actorOf(req), req.body)),
  );
}
