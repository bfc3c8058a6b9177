/** CRUD routes of the organisation and customer records, plus owner history. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../app/actor.ts';
import type { AppDeps } from '../../app/ports.ts';
import { listOwnerHistory } from '../../app/records/list-owner-history.ts';
import { activityResource } from '../../app/resources/activity-resource.ts';
import { accountResource, opportunityResource } from '../../app/resources/customer-resources.ts';
import { leadResource } from '../../app/resources/lead-resource.ts';
import {
  productResource,
  teamResource,
  territoryResource,
} from '../../app/resources/org-resources.ts';
import { repResource } from '../../app/resources/rep-resource.ts';
import { createLead } from '../../app/routing/create-lead.ts';
import { intakeLeadBatch } from '../../app/routing/intake-lead-batch.ts';
import type { IntakeQueue } from '../../app/routing/intake-queue.ts';
import { ErrorBodySchema, IdParamsSchema } from '../../contracts/common.ts';
import * as org from '../../contracts/org.ts';
import * as rec from '../../contracts/records.ts';
import { LeadBatchSchema, RoutedLeadSchema } from '../../contracts/routing.ts';
import { actorOf } from '../auth-hook.ts';
import { toWire } from '../wire.ts';
import { registerCrud } from './crud.ts';
import { routingView } from './routing-view.ts';

export function registerRecordRoutes(app: FastifyInstance, deps: AppDeps, intake: IntakeQueue) {
  const specs = [
    {
      path: '/teams',
      tag: 'organisation',
      resource: teamResource,
      item: org.TeamSchema,
      input: org.TeamInputSchema,
      patch: org.TeamPatchSchema,
      query: org.TeamListQuerySchema,
    },
    {
      path: '/reps',
      tag: 'organisation',
      resource: repResource,
      item: org.RepSchema,
      input: org.RepInputSchema,
      patch: org.RepPatchSchema,
      query: org.RepListQuerySchema,
    },
    {
      path: '/territories',
      tag: 'organisation',
      resource: territoryResource,
      item: org.TerritorySchema,
      input: org.TerritoryInputSchema,
      patch: org.TerritoryPatchSchema,
      query: org.TerritoryListQuerySchema,
    },
    {
      path: '/products',
      tag: 'organisation',
      resource: productResource,
      item: org.ProductSchema,
      input: org.ProductInputSchema,
      patch: org.ProductPatchSchema,
      query: org.ProductListQuerySchema,
    },
    {
      path: '/accounts',
      tag: 'customers',
      resource: accountResource,
      item: rec.AccountSchema,
      input: rec.AccountInputSchema,
      patch: rec.AccountPatchSchema,
      query: rec.AccountListQuerySchema,
    },
    {
      path: '/leads',
      tag: 'customers',
      resource: leadResource,
      item: rec.LeadSchema,
      input: rec.LeadInputSchema,
      patch: rec.LeadPatchSchema,
      query: rec.LeadListQuerySchema,
      created: RoutedLeadSchema,
      create: async (d: AppDeps, actor: Actor, input: unknown) =>
        routingView(await createLead(d, intake, actor, input as never)),
    },
    {
      path: '/opportunities',
      tag: 'customers',
      resource: opportunityResource,
      item: rec.OpportunitySchema,
      input: rec.OpportunityInputSchema,
      patch: rec.OpportunityPatchSchema,
      query: rec.OpportunityListQuerySchema,
    },
    {
      path: '/activities',
      tag: 'customers',
      resource: activityResource,
      item: rec.ActivitySchema,
      input: rec.ActivityInputSchema,
      patch: rec.ActivityPatchSchema,
      query: rec.ActivityListQuerySchema,
    },
  ];
  for (const spec of specs) registerCrud(app, deps, spec);

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/leads/batch',
    {
      schema: {
        tags: ['customers'],
        body: LeadBatchSchema,
        response: {
          201: z.object({ items: z.array(RoutedLeadSchema) }),
          400: ErrorBodySchema,
          403: ErrorBodySchema,
        },
      },
    },
    async (req, reply) => {
      const results = await intakeLeadBatch(deps, actorOf(req), req.body.leads);
      return reply.status(201).send({ items: results.map((x) => toWire(routingView(x))) } as never);
    },
  );
  for (const entity of ['account', 'lead'] as const) {
    r.get(
      `/${entity}s/:id/owner-history`,
      {
        schema: {
          tags: ['customers'],
          params: IdParamsSchema,
          response: {
            200: z.object({ items: z.array(rec.OwnerHistoryEntrySchema) }),
            404: ErrorBodySchema,
          },
        },
      },
      async (req) => ({
        items: toWire(await listOwnerHistory(deps, actorOf(req), entity, req.params.id)),
      }),
    );
  }
}
