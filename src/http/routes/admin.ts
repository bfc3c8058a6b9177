/** Administration: users, API tokens, the audit log and workspace settings. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAudit } from '../../app/audit/list-audit.ts';
import type { AppDeps } from '../../app/ports.ts';
import { getRecord } from '../../app/records/get-record.ts';
import { listRecords } from '../../app/records/list-records.ts';
import { userResource } from '../../app/resources/user-resource.ts';
import { apiTokenResource } from '../../app/tokens/api-token-resource.ts';
import { createApiToken } from '../../app/tokens/create-api-token.ts';
import { revokeApiToken } from '../../app/tokens/revoke-api-token.ts';
import { createUser } from '../../app/users/create-user.ts';
import { updateUser } from '../../app/users/update-user.ts';
import { updateWorkspace } from '../../app/workspace/update-workspace.ts';
import {
  ApiTokenInputSchema,
  ApiTokenListQuerySchema,
  ApiTokenSchema,
  AuditEntrySchema,
  AuditListQuerySchema,
  CreatedApiTokenSchema,
  UserInputSchema,
  UserListQuerySchema,
  UserPatchSchema,
  UserSchema,
  WorkspacePatchSchema,
  WorkspaceSchema,
} from '../../contracts/access.ts';
import { ErrorBodySchema, IdParamsSchema, pageOf } from '../../contracts/common.ts';
import { actorOf } from '../auth-hook.ts';
import { toWire } from '../wire.ts';
import { registerCrud } from './crud.ts';

const errors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
};

export function registerAdminRoutes(app: FastifyInstance, deps: AppDeps) {
  registerCrud(app, deps, {
    path: '/users',
    tag: 'administration',
    resource: userResource,
    item: UserSchema,
    input: UserInputSchema,
    patch: UserPatchSchema,
    query: UserListQuerySchema,
    create: (d, actor, input) => createUser(d, actor, input as never),
    update: (d, actor, id, patch) => updateUser(d, actor, id, patch as never),
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  const tag = 'administration';
  r.get(
    '/api-tokens',
    {
      schema: {
        tags: [tag],
        querystring: ApiTokenListQuerySchema,
        response: { 200: pageOf(ApiTokenSchema), ...errors },
      },
    },
    async (req) => toWire(await listRecords(deps, actorOf(req), apiTokenResource, req.query)),
  );
  r.post(
    '/api-tokens',
    {
      schema: {
        tags: [tag],
        body: ApiTokenInputSchema,
        response: { 201: CreatedApiTokenSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(toWire(await createApiToken(deps, actorOf(req), req.body))),
  );
  r.get(
    '/api-tokens/:id',
    {
      schema: { tags: [tag], params: IdParamsSchema, response: { 200: ApiTokenSchema, ...errors } },
    },
    async (req) => toWire(await getRecord(deps, actorOf(req), apiTokenResource, req.params.id)),
  );
  r.delete(
    '/api-tokens/:id',
    { schema: { tags: [tag], params: IdParamsSchema, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await revokeApiToken(deps, actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/audit',
    {
      schema: {
        tags: [tag],
        querystring: AuditListQuerySchema,
        response: {
          200: z.object({ items: z.array(AuditEntrySchema), nextCursor: z.string().nullable() }),
          ...errors,
        },
      },
    },
    async (req) => toWire(await listAudit(deps, actorOf(req), req.query)),
  );

  r.get(
    '/workspace',
    { schema: { tags: [tag], response: { 200: WorkspaceSchema, ...errors } } },
    async (req) => toWire(actorOf(req).workspace),
  );
  r.patch(
    '/workspace',
    {
      schema: {
        tags: [tag],
        body: WorkspacePatchSchema,
        response: { 200: WorkspaceSchema, ...errors },
      },
    },
    async (req) => toWire(await updateWorkspace(deps, actorOf(req), req.body)),
  );
}
