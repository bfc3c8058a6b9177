/**
 * Stored target plans: a what-if calculation, drafts with managers' adjustments, the workflow
 * draft → submitted → approved → published, and every version. Amounts are in minor units (分).
 */
import { z } from 'zod';
import {
  HISTORY_BASES,
  LOCALES,
  METRIC_KINDS,
  PLAN_ALLOCATIONS,
  PLAN_PERIOD_KINDS,
  PLAN_STATUSES,
  PLAN_SUB_PERIODS,
} from '../domain/shared/vocabulary.ts';
import { DateSchema, IdSchema, pageOf, TimestampSchema } from './common.ts';
import { PlanInputSchema, PlanMethodSchema, PlanResultSchema } from './plan.ts';

const Amount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const Comment = z.string().trim().min(1).max(500);
/** A metric's id or its key (`revenue`). */
const MetricRef = z.string().trim().min(1).max(100);

export const PlanMetricChoiceSchema = z
  .object({
    metric: MetricRef,
    /** The company target; amounts in minor units. */
    target: Amount,
    /** Overrides the plan's method field by field (drivers, ramp, rampCurve, growth). */
    method: PlanMethodSchema.optional(),
    /** What the history driver reads; default the same period a year before. */
    historyBase: z.enum(HISTORY_BASES).optional(),
    /** Targets of teams by team id; what their reps receive is checked against them. */
    teamTargets: z.record(IdSchema, Amount).optional(),
  })
  .strict();

const choiceFields = {
  periodKind: z.enum(PLAN_PERIOD_KINDS),
  /** The first day of the year, quarter or month (business time zone). */
  periodStart: DateSchema,
  split: z.enum(PLAN_SUB_PERIODS).optional(),
  /** A weight per sub-period (month or quarter); absent = flat. */
  seasonality: z.array(z.number().finite().min(0)).max(12).nullable().optional(),
  /** `direct` (default): over the reps, teams roll up; `top_down`: level by level through the team tree. */
  allocation: z.enum(PLAN_ALLOCATIONS).optional(),
  method: PlanMethodSchema.optional(),
  /**
   * `top_down`: the method of each level of the team tree — first the company's split over the
   * top-level teams, then theirs over their sub-teams and reps, … — field by field over `method`;
   * null or absent levels use `method`.
   */
  levelMethods: z.array(PlanMethodSchema.nullable()).max(10).optional(),
  /** Weights of the territory potential factors (customers, maturity, brand, competition). */
  potentialFactors: z.record(z.string(), z.number().finite()).optional(),
  metrics: z.array(PlanMetricChoiceSchema).min(1).max(20),
};

export const PlanAdjustmentChoiceSchema = z
  .object({ repId: IdSchema, metric: MetricRef, value: Amount, comment: Comment })
  .strict();

export const PlanPreviewInputSchema = z
  .object({
    ...choiceFields,
    adjustments: z.array(PlanAdjustmentChoiceSchema).max(1000).optional(),
  })
  .strict();

export const PlanPreviewSchema = z.object({ input: PlanInputSchema, result: PlanResultSchema });

export const PlanCreateSchema = z
  .object({ name: z.string().trim().min(1).max(100), ...choiceFields })
  .strict();

export const PlanAdjustmentInputSchema = z
  .object({
    repId: IdSchema,
    metric: MetricRef,
    /** The rep's fixed target; null removes the adjustment. */
    value: Amount.nullable(),
    /** Why: required for setting and for removing alike. */
    comment: Comment,
  })
  .strict();

export const PlanRevisionInputSchema = z
  .object({
    /** First business day the change applies to, within the plan period. */
    effectiveFrom: DateSchema,
    metric: MetricRef,
    /** The rep whose remaining target moves (leaves, goes on leave, hands over accounts). */
    fromRepId: IdSchema,
    /** Reps who take it over, in proportion to what they hold from the date (a joining rep holds nothing). */
    toRepIds: z.array(IdSchema).max(200).default([]),
    /** How much moves; absent = everything left from the date. */
    amount: Amount.optional(),
    /** Keep the company total (default) or take the amount off it (no receivers then). */
    keepTotal: z.boolean().default(true),
    comment: Comment,
  })
  .strict();

export const PlanSchema = z.object({
  id: IdSchema,
  name: z.string(),
  periodKind: z.enum(PLAN_PERIOD_KINDS),
  periodStart: DateSchema,
  periodEnd: DateSchema,
  split: z.enum(PLAN_SUB_PERIODS),
  seasonality: z.array(z.number()).nullable(),
  allocation: z.enum(PLAN_ALLOCATIONS),
  method: PlanMethodSchema,
  levelMethods: z.array(PlanMethodSchema.nullable()),
  potentialFactors: z.record(z.string(), z.number()),
  status: z.enum(PLAN_STATUSES),
  version: z.number().int(),
  createdBy: IdSchema.nullable(),
  updatedBy: IdSchema.nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  publishedAt: TimestampSchema.nullable(),
  publishedBy: IdSchema.nullable(),
});

/** After an import: the plan (a new version when anything changed) and what the file changed. */
export const PlanImportResultSchema = z.object({
  plan: PlanSchema,
  /** Adjustments set or changed by the file. */
  changed: z.number().int(),
  /** Adjustments in the file equal to those already in the plan. */
  unchanged: z.number().int(),
});

export const PlanListSchema = pageOf(PlanSchema);

export const PlanListQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict();

export const PlanVersionSummarySchema = z.object({
  planId: IdSchema,
  version: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  /**
   * created, recalculated, adjusted, adjustment_removed, imported, submitted, reopened, approved,
   * published, revised
   */
  change: z.string(),
  /** The adjustment or revision made, when the change was one. */
  detail: z.unknown(),
  createdBy: IdSchema.nullable(),
  createdAt: TimestampSchema,
});

export const PlanVersionListSchema = z.object({ items: z.array(PlanVersionSummarySchema) });

export const PlanDetailSchema = PlanSchema.extend({
  metrics: z.array(
    z.object({
      metric: z.object({
        id: IdSchema,
        key: z.string(),
        name: z.string(),
        kind: z.enum(METRIC_KINDS),
        unit: z.string(),
        precision: z.number().int(),
      }),
      target: z.number(),
      method: PlanMethodSchema.nullable(),
      historyBase: z.enum(HISTORY_BASES),
      teamTargets: z.record(z.string(), z.number()),
    }),
  ),
  /** The version shown (the current one unless a number was asked for), cut to the reader's scope. */
  current: PlanVersionSummarySchema.omit({ planId: true }).extend({
    input: PlanInputSchema,
    result: PlanResultSchema,
  }),
});

export const PlanTerritoriesSchema = z.object({
  version: z.number().int(),
  items: z.array(
    z.object({
      territory: z.object({ id: IdSchema, name: z.string() }),
      /** The territory's potential index (factor values against their mean). */
      index: z.number(),
      repIds: z.array(IdSchema),
      /** Per metric key: the covering reps' targets attributed to this territory. */
      targets: z.record(z.string(), z.number()),
    }),
  ),
  /** Per metric key: targets of reps who cover no territory with potential. */
  unattributed: z.record(z.string(), z.number()),
});

export const PlanTerritoriesQuerySchema = z
  .object({ version: z.coerce.number().int().min(1).optional() })
  .strict();

export const PlanParamsSchema = z.object({ id: IdSchema }).strict();

/** The workbook of a version (default: the current one), its headers in `locale`. */
export const PlanExportQuerySchema = z
  .object({
    version: z.coerce.number().int().min(1).optional(),
    locale: z.enum(LOCALES).optional(),
  })
  .strict();

/** The language of the problems listed for a workbook that cannot be imported. */
export const PlanImportQuerySchema = z.object({ locale: z.enum(LOCALES).optional() }).strict();

/** MIME type of an XLSX workbook. */
export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const PlanVersionParamsSchema = z
  .object({ id: IdSchema, n: z.coerce.number().int().min(1) })
  .strict();
