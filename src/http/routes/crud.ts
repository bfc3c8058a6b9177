/**
 * Registers list, create, read, update and delete routes for one resource; each route parses
 * with its contract schema and calls one use case.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../app/actor.ts';
import type { AppDeps } from '../../app/ports.ts';
import { createRecord } from '../../app/records/create-record.ts';
import { deleteRecord } from '../../app/records/delete-record.ts';
import { getRecord } from '../../app/records/get-record.ts';
import { listRecords } from '../../app/records/list-records.ts';
import type { AnyResource } from '../../app/records/resource.ts';
import { updateRecord } from '../../app/records/update-record.ts';
import { ErrorBodySchema, IdParamsSchema, pageOf } from '../../contracts/common.ts';
import { actorOf } from '../auth-hook.ts';
import { toWire } from '../wire.ts';

export type CrudSpec = {
  path: string;
  tag: string;
  resource: AnyResource;
  item: z.ZodType;
  input: z.ZodType;
  patch: z.ZodType;
  query: z.ZodType;
  /** The body of 201 when it differs from `item`. */
  created?: z.ZodType;
  /** Replaces the generic create or update (e.g. users hash their password first). */
  create?: (deps: AppDeps, actor: Actor, input: unknown) => Promise<unknown>;
  update?: (deps: AppDeps, actor: Actor, id: string, patch: unknown) => Promise<unknown>;
};

const errors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
};

export function registerCrud(app: FastifyInstance, deps: AppDeps, spec: CrudSpec) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { resource, tag, path } = spec;
  const one = `${path}/:id`;
  r.get(
    path,
    {
      schema: {
        tags: [tag],
        querystring: spec.query,
        response: { 200: pageOf(spec.item), ...errors },
      },
    },
    async (req) => toWire(await listRecords(deps, actorOf(req), resource, req.query as never)),
  );
  r.post(
    path,
    {
      schema: {
        tags: [tag],
        body: spec.input,
        response: { 201: spec.created ?? spec.item, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const created = spec.create
        ? await spec.create(deps, actor, req.body)
        : await createRecord(deps, actor, resource, req.body);
      return reply.status(201).send(toWire(created) as never);
    },
  );
  r.get(
    one,
    { schema: { tags: [tag], params: IdParamsSchema, response: { 200: spec.item, ...errors } } },
    async (req) => toWire(await getRecord(deps, actorOf(req), resource, req.params.id)),
  );
  r.patch(
    one,
    {
      schema: {
        tags: [tag],
        params: IdParamsSchema,
        body: spec.patch,
        response: { 200: spec.item, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const { id } = req.params;
      return toWire(
        spec.update
          ? await spec.update(deps, actor, id, req.body)
          : await updateRecord(deps, actor, resource, id, req.body),
      );
    },
  );
  r.delete(
    one,
    { schema: { tags: [tag], params: IdParamsSchema, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await deleteRecord(deps, actorOf(req), resource, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
