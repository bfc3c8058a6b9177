/**
 * `allot.plan/1`: a self-contained description of one planning period — metrics, units with
 * their history, potential and ramp, the method, adjustments and funnel (shared/spec/plan.md)
 * — and the shape of its result, `allot.plan-result/1`. Parsing checks the shape; every
 * problem is reported with its JSON path (`units[2].potential.customers: expected number`).
 * References between parts (unknown units, seasonality length …) are checked by the planning
 * domain, which reports them the same way.
 */
import { z } from 'zod';
import { type FileProblem, parseFile } from './file-problems.ts';

const Id = z.string().min(1).max(200);
const Day = z.iso.date();
const Amount = z.number().finite();
const NonNegative = z.number().finite().min(0);
const Positive = z.number().finite().positive();
const Fraction = z.number().finite().positive().max(1);
const PerMetric = z.record(z.string(), NonNegative);

export const PLAN_SPLITS = ['month', 'quarter', 'none'] as const;
export const PLAN_DRIVERS = ['even', 'history', 'potential', 'pipeline'] as const;
export const RAMP_MODES = ['normalize', 'protect', 'protect_hold'] as const;
export const METRIC_KINDS = ['amount', 'count'] as const;

export const PlanMethodSchema = z
  .object({
    drivers: z
      .array(z.object({ driver: z.enum(PLAN_DRIVERS), weight: NonNegative }).strict())
      .min(1)
      .optional(),
    ramp: z.enum(RAMP_MODES).optional(),
    rampCurve: z.array(Fraction).min(1).optional(),
    growth: z
      .object({
        min: z.number().finite().min(-1).nullable().optional(),
        max: z.number().finite().min(-1).nullable().optional(),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

const FunnelFields = {
  avgDeal: Positive,
  winRate: Fraction,
  oppPerLead: Positive,
  visitsPerOpp: NonNegative,
};

export const PlanMetricSchema = z
  .object({
    id: Id,
    name: z.string().optional(),
    kind: z.enum(METRIC_KINDS),
    unit: z.string().optional(),
    target: NonNegative,
    precision: Positive,
    method: PlanMethodSchema.optional(),
  })
  .strict();

export const PlanUnitSchema = z
  .object({
    id: Id,
    name: z.string().optional(),
    team: Id.nullable().optional(),
    hiredOn: Day.nullable().optional(),
    ramp: Fraction.nullable().optional(),
    history: PerMetric.optional(),
    potential: z
      .union([NonNegative, z.record(z.string(), Amount)])
      .nullable()
      .optional(),
    pipeline: PerMetric.optional(),
    funnel: z.object(FunnelFields).partial().strict().optional(),
  })
  .strict();

export const PlanInputSchema = z
  .object({
    format: z.literal('allot.plan/1'),
    period: z.object({ start: Day, end: Day, split: z.enum(PLAN_SPLITS).optional() }).strict(),
    seasonality: z.array(NonNegative).nullable().optional(),
    metrics: z.array(PlanMetricSchema).min(1),
    teams: z
      .array(
        z
          .object({
            id: Id,
            name: z.string().optional(),
            parent: Id.nullable().optional(),
            targets: PerMetric.optional(),
          })
          .strict(),
      )
      .optional(),
    units: z.array(PlanUnitSchema).min(1),
    potentialFactors: z.record(z.string(), Amount).optional(),
    method: PlanMethodSchema.optional(),
    /** Top-down only: the method of each level of the team tree, over `method` (an addition). */
    levelMethods: z.array(PlanMethodSchema.nullable()).optional(),
    adjustments: z
      .array(
        z
          .object({
            unit: Id,
            metric: Id,
            value: NonNegative,
            comment: z.string().trim().min(1, 'a comment is required'),
          })
          .strict(),
      )
      .optional(),
    funnel: z
      .object({ ...FunnelFields, metric: Id.optional() })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

export type PlanInputDocument = z.infer<typeof PlanInputSchema>;

export type PlanProblem = FileProblem;

/** The plan input, or every shape problem with its JSON path. */
export function parsePlan(
  input: unknown,
): { ok: true; plan: PlanInputDocument } | { ok: false; problems: PlanProblem[] } {
  const parsed = parseFile(PlanInputSchema, input);
  return parsed.ok ? { ok: true, plan: parsed.value } : parsed;
}

const Needs = z.object({
  wonDeals: z.number().int(),
  opportunities: z.number().int(),
  leads: z.number().int(),
  visits: z.number().int(),
});

/** One step behind a target (see the planning domain's PlanTerm for what each means). */
export const PlanTermSchema = z.discriminatedUnion('term', [
  z.object({
    term: z.literal('share'),
    driver: z.enum(PLAN_DRIVERS),
    weight: z.number(),
    value: z.number(),
  }),
  z.object({ term: z.literal('base'), share: z.number(), of: z.number(), value: z.number() }),
  z.object({
    term: z.literal('ramp'),
    mode: z.enum(RAMP_MODES),
    value: z.number(),
    delta: z.number(),
  }),
  z.object({ term: z.literal('gap'), value: z.number() }),
  z.object({ term: z.literal('adjustment'), value: z.number(), comment: z.string() }),
  z.object({
    term: z.literal('clamp'),
    bound: z.enum(['min', 'max']),
    growth: z.number(),
    history: z.number(),
    value: z.number(),
    delta: z.number(),
  }),
  z.object({ term: z.literal('respread'), value: z.number() }),
  z.object({ term: z.literal('rounding'), value: z.number() }),
]);

export const PlanResultSchema = z.object({
  format: z.literal('allot.plan-result/1'),
  targets: z.array(
    z.object({
      unit: z.string(),
      metric: z.string(),
      value: z.number(),
      periods: z.array(
        z.object({ label: z.string(), value: z.number(), derived: Needs.optional() }),
      ),
      terms: z.array(PlanTermSchema),
      derived: Needs.optional(),
      text: z.string(),
    }),
  ),
  rollup: z.array(
    z.object({
      team: z.string(),
      metric: z.string(),
      value: z.number(),
      target: z.number().optional(),
      overAssignment: z.number().optional(),
    }),
  ),
  fairness: z.record(
    z.string(),
    z.object({
      difficulty: z.record(z.string(), z.number()),
      relativeDifficulty: z.record(z.string(), z.number()),
      cv: z.number(),
      gini: z.number(),
      flagged: z.array(z.string()),
    }),
  ),
  unassigned: z.record(z.string(), z.number()),
  warnings: z.array(
    z.object({
      code: z.string(),
      metric: z.string().optional(),
      unit: z.string().optional(),
      units: z.array(z.string()).optional(),
      factor: z.string().optional(),
      amount: z.number().optional(),
      text: z.string(),
    }),
  ),
});

export type PlanResultDocument = z.infer<typeof PlanResultSchema>;
