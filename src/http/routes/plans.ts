/**
 * Target plans: what-if calculations, drafts with adjustments, the approval workflow and every
 * version. Reps read their own targets in published plans; managers edit drafts within their
 * data scope; administrators publish.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createPlan } from '../../app/plans/create-plan.ts';
import { exportPlan } from '../../app/plans/export-plan.ts';
import { getPlan } from '../../app/plans/get-plan.ts';
import { getPlanTerritories } from '../../app/plans/get-plan-territories.ts';
import { importPlanAdjustments } from '../../app/plans/import-plan-adjustments.ts';
import { listPlanVersions } from '../../app/plans/list-plan-versions.ts';
import { listPlans } from '../../app/plans/list-plans.ts';
import { movePlan } from '../../app/plans/move-plan.ts';
import { previewPlan } from '../../app/plans/preview-plan.ts';
import { recalculatePlan } from '../../app/plans/recalculate-plan.ts';
import { revisePlan } from '../../app/plans/revise-plan.ts';
import { setPlanAdjustment } from '../../app/plans/set-plan-adjustment.ts';
import type { AppDeps } from '../../app/ports.ts';
import { ErrorBodySchema } from '../../contracts/common.ts';
import {
  PlanAdjustmentInputSchema,
  PlanCreateSchema,
  PlanDetailSchema,
  PlanExportQuerySchema,
  PlanImportQuerySchema,
  PlanImportResultSchema,
  PlanListQuerySchema,
  PlanListSchema,
  PlanParamsSchema,
  PlanPreviewInputSchema,
  PlanPreviewSchema,
  PlanRevisionInputSchema,
  PlanSchema,
  PlanTerritoriesQuerySchema,
  PlanTerritoriesSchema,
  PlanVersionListSchema,
  PlanVersionParamsSchema,
  XLSX_CONTENT_TYPE,
} from '../../contracts/plans.ts';
import type { PlanTransition } from '../../domain/planning/stored-plan.ts';
import { actorOf } from '../auth-hook.ts';
import { attachmentDisposition } from '../content-disposition.ts';
import { toWire } from '../wire.ts';

/** Plan documents are read-only in the domain; the response schema checks their shape. */
const wire = (value: unknown) => toWire(value) as never;

const errors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
};

const MOVES: { path: string; transition: PlanTransition; description: string }[] = [
  { path: 'submit', transition: 'submit', description: 'Submits a draft for approval (managers).' },
  {
    path: 'reopen',
    transition: 'reopen',
    description: 'Takes a submitted plan back to draft (managers).',
  },
  { path: 'approve', transition: 'approve', description: 'Approves a submitted plan (managers).' },
  {
    path: 'publish',
    transition: 'publish',
    description: 'Publishes an approved plan; it becomes read-only (administrators).',
  },
];

/** Largest plan workbook taken in (the API's other bodies stay at 1 MB). */
export const WORKBOOK_LIMIT_BYTES = 10 * 1024 * 1024;

export function registerPlanRoutes(app: FastifyInstance, deps: AppDeps) {
  // A workbook is posted as the raw file; any other route refuses such a body by its schema.
  app.addContentTypeParser(
    [XLSX_CONTENT_TYPE, 'application/octet-stream'],
    // The limit is the route's: the import route raises it, every other route keeps 1 MB.
    { parseAs: 'buffer' },
    (_request, body, done) => done(null, body),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plans'];
  r.post(
    '/plans/compute',
    {
      schema: {
        tags,
        description:
          'A what-if: the targets a plan would give the reps of your data scope, from stored data, writing nothing.',
        body: PlanPreviewInputSchema,
        response: { 200: PlanPreviewSchema, ...errors },
      },
    },
    async (req) => wire(await previewPlan(deps, actorOf(req), req.body)),
  );
  r.post(
    '/plans',
    {
      schema: {
        tags,
        description: 'Starts a draft plan over every active rep, computed from stored data.',
        body: PlanCreateSchema,
        response: { 201: PlanSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(wire(await createPlan(deps, actorOf(req), req.body))),
  );
  r.get(
    '/plans',
    {
      schema: {
        tags,
        description: 'Plans, newest first; reps see published plans only.',
        querystring: PlanListQuerySchema,
        response: { 200: PlanListSchema, ...errors },
      },
    },
    async (req) => wire(await listPlans(deps, actorOf(req), req.query)),
  );
  r.get(
    '/plans/:id',
    {
      schema: {
        tags,
        description:
          'A plan with its current version, cut to your scope: reps see their own targets only.',
        params: PlanParamsSchema,
        response: { 200: PlanDetailSchema, ...errors },
      },
    },
    async (req) => wire(await getPlan(deps, actorOf(req), req.params.id)),
  );
  r.get(
    '/plans/:id/export.xlsx',
    {
      schema: {
        tags,
        description:
          'The plan version as an XLSX workbook, cut to your scope like GET /plans/:id: targets by rep × metric × sub-period with adjusted value and comment columns to fill in, the terms of each target on a second sheet.',
        params: PlanParamsSchema,
        querystring: PlanExportQuerySchema,
        response: errors,
      },
    },
    async (req, reply) => {
      const file = await exportPlan(deps, actorOf(req), req.params.id, req.query);
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', attachmentDisposition(file.filename))
        .send(file.bytes as never);
    },
  );
  r.post(
    '/plans/:id/adjustments/import',
    {
      bodyLimit: WORKBOOK_LIMIT_BYTES,
      schema: {
        tags,
        description:
          'Imports the adjusted values and comments of an exported workbook into a draft (managers within their scope, administrators), sent as the raw .xlsx body. The whole file is checked first: any problem answers 400 with every problem at its cell and nothing changes; otherwise the adjustments are applied as one new version. Adjustments equal to the plan’s are not changes; an empty cell removes nothing.',
        params: PlanParamsSchema,
        querystring: PlanImportQuerySchema,
        response: { 200: PlanImportResultSchema, ...errors, 413: ErrorBodySchema },
      },
    },
    async (req) => {
      const body: unknown = req.body;
      const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      return wire(await importPlanAdjustments(deps, actorOf(req), req.params.id, bytes, req.query));
    },
  );
  r.get(
    '/plans/:id/territories',
    {
      schema: {
        tags,
        description:
          'Targets by territory: each rep’s target attributed to the territories the rep covers, by the potential each gives the rep.',
        params: PlanParamsSchema,
        querystring: PlanTerritoriesQuerySchema,
        response: { 200: PlanTerritoriesSchema, ...errors },
      },
    },
    async (req) =>
      wire(await getPlanTerritories(deps, actorOf(req), req.params.id, req.query.version)),
  );
  r.get(
    '/plans/:id/versions',
    {
      schema: {
        tags,
        params: PlanParamsSchema,
        response: { 200: PlanVersionListSchema, ...errors },
      },
    },
    async (req) => wire({ items: await listPlanVersions(deps, actorOf(req), req.params.id) }),
  );
  r.get(
    '/plans/:id/versions/:n',
    {
      schema: {
        tags,
        description: 'The plan as it stood at version n.',
        params: PlanVersionParamsSchema,
        response: { 200: PlanDetailSchema, ...errors },
      },
    },
    async (req) => wire(await getPlan(deps, actorOf(req), req.params.id, req.params.n)),
  );
  r.post(
    '/plans/:id/recalculate',
    {
      schema: {
        tags,
        description:
          'Rebuilds a draft from the data as it is now (reps, actuals, territories, pipeline), keeping adjustments.',
        params: PlanParamsSchema,
        response: { 200: PlanSchema, ...errors },
      },
    },
    async (req) => wire(await recalculatePlan(deps, actorOf(req), req.params.id)),
  );
  r.put(
    '/plans/:id/adjustments',
    {
      schema: {
        tags,
        description:
          'Fixes one rep’s target for one metric of a draft (value null removes it), with a required comment.',
        params: PlanParamsSchema,
        body: PlanAdjustmentInputSchema,
        response: { 200: PlanSchema, ...errors },
      },
    },
    async (req) => wire(await setPlanAdjustment(deps, actorOf(req), req.params.id, req.body)),
  );
  r.post(
    '/plans/:id/revisions',
    {
      schema: {
        tags,
        description:
          'Revises a published plan from an effective date: a rep’s remaining target moves to others or off the total (quota relief), by the seasonality of the remaining sub-periods.',
        params: PlanParamsSchema,
        body: PlanRevisionInputSchema,
        response: { 200: PlanSchema, ...errors },
      },
    },
    async (req) => wire(await revisePlan(deps, actorOf(req), req.params.id, req.body)),
  );
  for (const move of MOVES) {
    r.post(
      `/plans/:id/${move.path}`,
      {
        schema: {
          tags,
          description: move.description,
          params: PlanParamsSchema,
          response: { 200: PlanSchema, ...errors },
        },
      },
      async (req) => wire(await movePlan(deps, actorOf(req), req.params.id, move.transition)),
    );
  }
}
