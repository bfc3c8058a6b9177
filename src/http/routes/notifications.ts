/** The signed-in user's inbox: list (the bell's count included) and mark read. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listNotifications } from '../../app/notifications/list-notifications.ts';
import { markNotificationsRead } from '../../app/notifications/mark-notifications-read.ts';
import type { AppDeps } from '../../app/ports.ts';
import { ErrorBodySchema } from '../../contracts/common.ts';
import {
  MarkReadSchema,
  NotificationPageSchema,
  NotificationQuerySchema,
} from '../../contracts/notifications.ts';
import { actorOf } from '../auth-hook.ts';
import { toWire } from '../wire.ts';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema };

export function registerNotificationRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  r.get(
    '/notifications',
    {
      schema: {
        tags,
        querystring: NotificationQuerySchema,
        response: { 200: NotificationPageSchema, ...errors },
      },
    },
    async (req) => toWire(await listNotifications(deps, actorOf(req), req.query)),
  );
  r.post(
    '/notifications/read',
    {
      schema: {
        tags,
        body: MarkReadSchema,
        response: {
          200: z.object({ changed: z.number().int(), unread: z.number().int() }),
          ...errors,
        },
      },
    },
    async (req) => markNotificationsRead(deps, actorOf(req), req.body.ids),
  );
}
