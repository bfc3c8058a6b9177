/** The routing policy: read, save the draft, publish, list versions. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app/ports.ts';
import { explainLeadRouting } from '../../app/routing/explain-lead-routing.ts';
import { getRoutingPolicy } from '../../app/routing/get-routing-policy.ts';
import { listRoutingLog } from '../../app/routing/list-routing-log.ts';
import { listRoutingVersions } from '../../app/routing/list-routing-versions.ts';
import { previewRouting } from '../../app/routing/preview-routing.ts';
import { publishRoutingPolicy } from '../../app/routing/publish-routing-policy.ts';
import { saveRoutingDraft } from '../../app/routing/save-routing-draft.ts';
import { ErrorBodySchema, IdParamsSchema, pageOf } from '../../contracts/common.ts';
import {
  CurrentRoutingPolicySchema,
  ExplanationQuerySchema,
  RoutingLogEntrySchema,
  RoutingLogQuerySchema,
  RoutingPolicyDocumentSchema,
  RoutingPolicyVersionSchema,
  RoutingPreviewRequestSchema,
  RoutingPreviewSchema,
  RoutingStepSchema,
} from '../../contracts/routing.ts';
import { actorOf } from '../auth-hook.ts';
import { toWire } from '../wire.ts';

const errors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  409: ErrorBodySchema,
};

export function registerRoutingRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['routing'];
  r.get(
    '/routing/policy',
    { schema: { tags, response: { 200: CurrentRoutingPolicySchema, ...errors } } },
    async (req) => toWire(await getRoutingPolicy(deps, actorOf(req))),
  );
  r.put(
    '/routing/policy/draft',
    {
      schema: {
        tags,
        body: RoutingPolicyDocumentSchema,
        response: { 200: RoutingPolicyVersionSchema, ...errors },
      },
    },
    async (req) => toWire(await saveRoutingDraft(deps, actorOf(req), req.body)),
  );
  r.post(
    '/routing/policy/publish',
    { schema: { tags, response: { 200: RoutingPolicyVersionSchema, ...errors } } },
    async (req) => toWire(await publishRoutingPolicy(deps, actorOf(req))),
  );
  r.post(
    '/routing/preview',
    {
      schema: {
        tags,
        description:
          'Replays given leads, or the last N days of leads, under a draft policy and the published one, writing nothing.',
        body: RoutingPreviewRequestSchema,
        response: { 200: RoutingPreviewSchema, ...errors },
      },
    },
    async (req) => toWire(await previewRouting(deps, actorOf(req), req.body)),
  );
  r.get(
    '/leads/:id/routing',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: ExplanationQuerySchema,
        response: { 200: z.object({ items: z.array(RoutingStepSchema) }), 404: ErrorBodySchema },
      },
    },
    async (req) => ({
      items: toWire(await explainLeadRouting(deps, actorOf(req), req.params.id, req.query.locale)),
    }),
  );
  r.get(
    '/routing/log',
    {
      schema: {
        tags,
        querystring: RoutingLogQuerySchema,
        response: { 200: pageOf(RoutingLogEntrySchema), ...errors },
      },
    },
    async (req) => toWire(await listRoutingLog(deps, actorOf(req), req.query)),
  );
  r.get(
    '/routing/policy/versions',
    {
      schema: {
        tags,
        response: { 200: z.object({ items: z.array(RoutingPolicyVersionSchema) }), ...errors },
      },
    },
    async (req) => ({ items: toWire(await listRoutingVersions(deps, actorOf(req))) }),
  );
}
