/** Batch assignment: the best plan for a batch of unassigned leads, dry run or applied. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { optimizeAssignments } from '../../app/assignment/optimize-assignments.ts';
import type { AppDeps } from '../../app/ports.ts';
import { OptimizeRequestSchema, OptimizeResultSchema } from '../../contracts/assignments.ts';
import { ErrorBodySchema } from '../../contracts/common.ts';
import { actorOf } from '../auth-hook.ts';

export function registerAssignmentRoutes(app: FastifyInstance, deps: AppDeps) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/assignments/optimize',
    {
      schema: {
        tags: ['routing'],
        description:
          'Assigns a batch of unassigned leads to maximise total expected value within eligibility, caps and a fairness floor; a dry run unless apply is true.',
        body: OptimizeRequestSchema,
        response: {
          200: OptimizeResultSchema,
          400: ErrorBodySchema,
          401: ErrorBodySchema,
          403: ErrorBodySchema,
          409: ErrorBodySchema,
        },
      },
    },
    async (req) => optimizeAssignments(deps, actorOf(req), req.body),
  );
}
