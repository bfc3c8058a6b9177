/** `POST /assignments/optimize`: the best assignment of a batch of unassigned leads. */
import { z } from 'zod';
import { LOCALES } from '../domain/shared/vocabulary.ts';
import { IdSchema } from './common.ts';

export const OptimizeRequestSchema = z
  .object({
    /** The leads to assign; absent = every unassigned (new or held) lead, oldest first. */
    leadIds: z.array(IdSchema).min(1).max(20_000).optional(),
    /** Fairness floor: each eligible rep gets at least ⌊share · n⌋ − slack leads. */
    slack: z.number().int().min(0).max(100_000).optional(),
    /** Lead value: its score (default; 50 when unscored) or `custom.estimatedAmount`. */
    valueBy: z.enum(['score', 'amount']).optional(),
    /** Write the assignments; without it the answer is a dry run. */
    apply: z.boolean().optional(),
    locale: z.enum(LOCALES).optional(),
  })
  .strict();

export const OptimizeResultSchema = z.object({
  applied: z.boolean(),
  leads: z.number().int(),
  assigned: z.number().int(),
  /** Total expected value of the plan, and of the greedy plan on the same batch. */
  total: z.number(),
  greedyTotal: z.number(),
  /** Whether every fairness floor is met. */
  feasible: z.boolean(),
  items: z.array(
    z.object({
      leadId: IdSchema,
      leadName: z.string(),
      repId: IdSchema.nullable(),
      leadValue: z.number(),
      winRate: z.number().nullable(),
      value: z.number(),
      /** Why a lead stays unassigned. */
      reason: z.enum(['no_eligible_rep', 'no_capacity']).nullable(),
      text: z.string().nullable(),
    }),
  ),
  reps: z.array(
    z.object({
      repId: IdSchema,
      name: z.string(),
      capacity: z.number().int(),
      floor: z.number().int(),
      assigned: z.number().int(),
      shortfall: z.number().int(),
    }),
  ),
});

export type OptimizeResult = z.infer<typeof OptimizeResultSchema>;
