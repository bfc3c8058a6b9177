/** Intake sources (admins) and the signed intake endpoint for web forms and partners. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createIntakeSource } from '../../app/intake/create-intake-source.ts';
import { intakeSourceResource } from '../../app/intake/intake-source-resource.ts';
import { revokeIntakeSource } from '../../app/intake/revoke-intake-source.ts';
import { signedIntake } from '../../app/intake/signed-intake.ts';
import type { AppDeps } from '../../app/ports.ts';
import { getRecord } from '../../app/records/get-record.ts';
import { listRecords } from '../../app/records/list-records.ts';
import {
  ErrorBodySchema,
  IdParamsSchema,
  IdSchema,
  listQuery,
  pageOf,
  TimestampSchema,
} from '../../contracts/common.ts';
import { IntakeLeadSchema, RoutedLeadSchema } from '../../contracts/routing.ts';
import { actorOf } from '../auth-hook.ts';
import { toWire } from '../wire.ts';
import { routingView } from './routing-view.ts';

const SourceSchema = z.object({
  id: IdSchema,
  name: z.string(),
  active: z.boolean(),
  lastUsedAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
});
const errors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
};

export function registerIntakeRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['intake'];
  r.get(
    '/intake-sources',
    {
      schema: {
        tags,
        querystring: listQuery(['createdAt', 'name']),
        response: { 200: pageOf(SourceSchema), ...errors },
      },
    },
    async (req) => toWire(await listRecords(deps, actorOf(req), intakeSourceResource, req.query)),
  );
  r.post(
    '/intake-sources',
    {
      schema: {
        tags,
        body: z.object({ name: z.string().trim().min(1).max(100) }).strict(),
        response: {
          201: SourceSchema.extend({ secret: z.string().describe('shown only now') }),
          ...errors,
        },
      },
    },
    async (req, reply) =>
      reply.status(201).send(toWire(await createIntakeSource(deps, actorOf(req), req.body))),
  );
  r.get(
    '/intake-sources/:id',
    { schema: { tags, params: IdParamsSchema, response: { 200: SourceSchema, ...errors } } },
    async (req) => toWire(await getRecord(deps, actorOf(req), intakeSourceResource, req.params.id)),
  );
  r.delete(
    '/intake-sources/:id',
    { schema: { tags, params: IdParamsSchema, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await revokeIntakeSource(deps, actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  r.post(
    '/intake/:sourceId',
    {
      config: { public: true },
      schema: {
        tags,
        description:
          'A lead from a web form or partner. Sign `<X-Allot-Timestamp>.<raw body>` with HMAC-SHA256 and the source secret; send `X-Allot-Signature: sha256=<hex>`. Timestamps more than 5 minutes away are refused.',
        params: z.object({ sourceId: IdSchema }).strict(),
        body: IntakeLeadSchema,
        response: { 201: RoutedLeadSchema, ...errors },
      },
    },
    async (req, reply) => {
      const header = (name: string) => {
        const value = req.headers[name];
        return Array.isArray(value) ? value[0] : value;
      };
      const result = await signedIntake(deps, {
        sourceId: req.params.sourceId,
        timestamp: header('x-allot-timestamp'),
        signature: header('x-allot-signature'),
        rawBody: req.rawBody ?? '',
        lead: req.body,
      });
      return reply.status(201).send(toWire(routingView(result)) as never);
    },
  );
}
