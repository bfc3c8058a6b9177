/** The metric catalogue (everyone reads, admins change) and metrics' actuals. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createMetric } from '../../app/metrics/create-metric.ts';
import { getMetricActuals } from '../../app/metrics/get-metric-actuals.ts';
import { listMetrics } from '../../app/metrics/list-metrics.ts';
import { updateMetric } from '../../app/metrics/update-metric.ts';
import type { AppDeps } from '../../app/ports.ts';
import { ErrorBodySchema } from '../../contracts/common.ts';
import {
  ActualsQuerySchema,
  ActualsSchema,
  MetricInputSchema,
  MetricListSchema,
  MetricParamsSchema,
  MetricPatchSchema,
  MetricSchema,
} from '../../contracts/metrics.ts';
import { actorOf } from '../auth-hook.ts';
import { toWire } from '../wire.ts';

const errors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
};

export function registerMetricRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['metrics'];
  r.get(
    '/metrics',
    { schema: { tags, response: { 200: MetricListSchema, ...errors } } },
    async (req) => toWire({ items: await listMetrics(deps, actorOf(req)) }),
  );
  r.post(
    '/metrics',
    {
      schema: {
        tags,
        description: 'A metric of the workspace’s own, of an existing kind and counting rule.',
        body: MetricInputSchema,
        response: { 201: MetricSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(toWire(await createMetric(deps, actorOf(req), req.body))),
  );
  r.patch(
    '/metrics/:id',
    {
      schema: {
        tags,
        params: MetricParamsSchema,
        body: MetricPatchSchema,
        response: { 200: MetricSchema, ...errors },
      },
    },
    async (req) => toWire(await updateMetric(deps, actorOf(req), req.params.id, req.body)),
  );
  r.get(
    '/metrics/:id/actuals',
    {
      schema: {
        tags,
        description:
          'Actuals of a metric for business dates `from`–`to` (both included, workspace time zone), per rep, team or the workspace. Reps see themselves; managers the reps of their data scope.',
        params: MetricParamsSchema,
        querystring: ActualsQuerySchema,
        response: { 200: ActualsSchema, ...errors },
      },
    },
    async (req) =>
      toWire(await getMetricActuals(deps, actorOf(req), { metric: req.params.id, ...req.query })),
  );
}
