/**
 * The metric catalogue API: metrics with their counting rules, and a metric's actuals for a
 * period of business dates. Amounts are in minor units (分) like everywhere in the API.
 */
import { z } from 'zod';
import {
  ACCOUNT_SCORE_FIELDS,
  ACTIVITY_KINDS,
  ACTUALS_GROUPINGS,
  METRIC_DIRECTIONS,
  METRIC_KINDS,
} from '../domain/shared/vocabulary.ts';
import { DateSchema, IdSchema, TimestampSchema } from './common.ts';

const Minimum = z.number().int().min(1).max(1_000_000);

/** What counts towards a metric; `kind` says which rule. */
export const CountingRuleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('won_amount'),
      /** Only opportunities of this product; absent or null = every product. */
      productId: IdSchema.nullable().optional(),
    })
    .strict(),
  z.object({ kind: z.literal('first_won_accounts') }).strict(),
  z.object({ kind: z.literal('activities'), activity: z.enum(ACTIVITY_KINDS) }).strict(),
  z
    .object({
      kind: z.literal('lead_conversion'),
      /** Fewer leads than this in a unit give no rate. */
      minLeads: Minimum,
    })
    .strict(),
  z
    .object({
      kind: z.literal('account_score'),
      field: z.enum(ACCOUNT_SCORE_FIELDS),
      /** Fewer scored accounts than this give no value. */
      minAccounts: Minimum,
    })
    .strict(),
]);

const Name = z.string().trim().min(1).max(100);
const Unit = z.string().trim().max(20);
const Precision = z.number().int().min(0).max(4);

export const MetricSchema = z.object({
  id: IdSchema,
  key: z.string(),
  name: z.string(),
  kind: z.enum(METRIC_KINDS),
  unit: z.string(),
  precision: z.number().int(),
  direction: z.enum(METRIC_DIRECTIONS),
  rule: CountingRuleSchema,
  builtin: z.boolean(),
  active: z.boolean(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Metric = z.infer<typeof MetricSchema>;

export const MetricListSchema = z.object({ items: z.array(MetricSchema) });

export const MetricInputSchema = z
  .object({
    /** Stable name in the workspace: 2–40 of a–z, 0–9 and _, starting with a letter. */
    key: z.string().trim().max(40),
    name: Name,
    kind: z.enum(METRIC_KINDS),
    unit: Unit,
    precision: Precision.default(0),
    direction: z.enum(METRIC_DIRECTIONS).default('higher_better'),
    rule: CountingRuleSchema,
    active: z.boolean().optional(),
  })
  .strict();

/** A built-in metric's `rule` cannot be changed (409 `metric.builtin_rule`). */
export const MetricPatchSchema = z
  .object({
    name: Name,
    unit: Unit,
    precision: Precision,
    direction: z.enum(METRIC_DIRECTIONS),
    active: z.boolean(),
    rule: CountingRuleSchema,
  })
  .partial()
  .strict();

/** A metric by its id or its key (`revenue`). */
export const MetricParamsSchema = z.object({ id: z.string().min(1).max(40) }).strict();

export const ActualsQuerySchema = z
  .object({
    /** First business date of the period (workspace time zone), included. */
    from: DateSchema,
    /** Last business date of the period, included. */
    to: DateSchema,
    groupBy: z.enum(ACTUALS_GROUPINGS).default('rep'),
  })
  .strict();

export const ActualsSchema = z.object({
  metric: MetricSchema,
  period: z.object({
    firstDay: DateSchema,
    lastDay: DateSchema,
    timeZone: z.string(),
    /** The instants counted: from ≤ t < to. */
    from: TimestampSchema,
    to: TimestampSchema,
  }),
  groupBy: z.enum(ACTUALS_GROUPINGS),
  units: z.array(
    z.object({
      unit: z.enum(ACTUALS_GROUPINGS),
      /** The rep or team; null for the workspace. */
      id: IdSchema.nullable(),
      name: z.string().nullable(),
      /** Amount or count; for a rate, what is over the denominator. */
      numerator: z.number(),
      denominator: z.number().nullable(),
      /** Null for a rate below its minimum denominator. */
      value: z.number().nullable(),
    }),
  ),
});
export type Actuals = z.infer<typeof ActualsSchema>;
