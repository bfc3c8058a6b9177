/** The routing policy API: the document (the scenario's `routing` object) and its versions. */
import { z } from 'zod';
import { LOCALES, POLICY_STATUSES, ROUTING_OUTCOMES } from '../domain/shared/vocabulary.ts';
import { IdSchema, listQuery, TimestampSchema } from './common.ts';
import { LeadInputSchema, LeadSchema } from './records.ts';
import { ScenarioRoutingSchema } from './scenario.ts';

/** Rules name reps and teams by id; destinations are `hold`, `pool:<id>` or `rep:<id>`. */
export const RoutingPolicyDocumentSchema = ScenarioRoutingSchema;

export const RoutingPolicyVersionSchema = z.object({
  id: IdSchema,
  version: z.number().int(),
  status: z.enum(POLICY_STATUSES),
  document: RoutingPolicyDocumentSchema,
  createdBy: IdSchema.nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  publishedAt: TimestampSchema.nullable(),
  publishedBy: IdSchema.nullable(),
});
export type RoutingPolicyVersion = z.infer<typeof RoutingPolicyVersionSchema>;

export const CurrentRoutingPolicySchema = z.object({
  draft: RoutingPolicyVersionSchema.nullable(),
  published: RoutingPolicyVersionSchema.nullable(),
});

/** What routing did with a lead taken in by `POST /leads`. */
export const RoutingResultSchema = z.object({
  outcome: z.enum(['assigned', 'duplicate', 'held', 'pooled']),
  repId: z.string().nullable(),
  ruleId: z.string().nullable(),
  method: z.string().nullable(),
  /** The explanation in the caller's language. */
  text: z.string().nullable(),
  /** The full trace (candidates, rules tried, matched record), versioned JSON. */
  decision: z.record(z.string(), z.unknown()),
  /** True when the external id was seen before and nothing new was created. */
  ignored: z.boolean(),
});

/** One routing decision of a lead, explained in the reader's language ("why me"). */
export const RoutingStepSchema = z.object({
  at: TimestampSchema,
  outcome: z.enum(ROUTING_OUTCOMES),
  repId: z.string().nullable(),
  ruleId: z.string().nullable(),
  method: z.string().nullable(),
  policyVersion: z.number().int().nullable(),
  retry: z.boolean(),
  text: z.string(),
  decision: z.record(z.string(), z.unknown()),
});
export type RoutingStep = z.infer<typeof RoutingStepSchema>;

/** A lead taken in by `POST /leads` or `/leads/batch`, with what routing did. */
export const RoutedLeadSchema = LeadSchema.extend({ routing: RoutingResultSchema.nullable() });

/** A lead as intake takes it: routing decides owner and status. */
export const IntakeLeadSchema = LeadInputSchema.omit({
  ownerRepId: true,
  status: true,
  closeResult: true,
  ownerChangeReason: true,
});

/** `POST /leads/batch`: up to 1,000 leads, routed in the order given. */
export const LeadBatchSchema = z
  .object({ leads: z.array(IntakeLeadSchema).min(1).max(1000) })
  .strict();

/** `?locale=` words the explanations in that language instead of the reader's own. */
export const ExplanationQuerySchema = z.object({ locale: z.enum(LOCALES).optional() }).strict();

export const RoutingLogQuerySchema = listQuery(['at']).extend({
  locale: z.enum(LOCALES).optional(),
  repId: IdSchema.optional(),
  leadId: IdSchema.optional(),
  ruleId: z.string().max(200).optional(),
  outcome: z.enum(ROUTING_OUTCOMES).optional(),
  from: TimestampSchema.optional(),
  to: TimestampSchema.optional(),
});

export const RoutingLogEntrySchema = RoutingStepSchema.extend({
  id: IdSchema,
  leadId: IdSchema,
  leadName: z.string().nullable(),
});
export type RoutingLogEntry = z.infer<typeof RoutingLogEntrySchema>;

/**
 * `POST /routing/preview`: replays leads under a draft policy (the saved draft when `policy`
 * is absent) and under the published one, on a copy of the routing state, writing nothing.
 * Exactly one of `leads` (taken in now, in the order given) or `lastDays` (the workspace's
 * leads created in the last N days, at their own times) says what to replay.
 */
export const RoutingPreviewRequestSchema = z
  .object({
    policy: RoutingPolicyDocumentSchema.optional(),
    leads: z.array(IntakeLeadSchema).min(1).max(1000).optional(),
    lastDays: z.number().int().min(1).max(90).optional(),
    locale: z.enum(LOCALES).optional(),
  })
  .strict();

const PreviewOutcomeSchema = z.object({
  outcome: z.enum(['assigned', 'duplicate', 'held', 'pooled']),
  repId: z.string().nullable(),
  ruleId: z.string().nullable(),
  method: z.string().nullable(),
  /** The explanation in the requested language. */
  text: z.string(),
});

const PreviewRepFiguresSchema = z.object({
  /** Leads the rep would get. */
  count: z.number().int(),
  /** The rep's part of all assigned leads, 0–1. */
  share: z.number(),
  /** Leads this rep was passed over for because a cap (day, week, month, open) was reached. */
  capHits: z.number().int(),
  /**
   * Replayed history only: leads the rep keeps in the replay, owned by the same rep in fact,
   * whose first follow-up came later than the policy's SLA (or never).
   */
  slaExpiries: z.number().int(),
});

export const RoutingPreviewSchema = z.object({
  /** The replayed period (`lastDays`), or null for given leads. */
  from: TimestampSchema.nullable(),
  to: TimestampSchema.nullable(),
  /** More leads were created in the period than one preview replays (5,000); the earliest were taken. */
  truncated: z.boolean(),
  items: z.array(
    z.object({
      /** The stored lead (replayed history), or null for a given lead. */
      leadId: IdSchema.nullable(),
      name: z.string(),
      at: TimestampSchema,
      draft: PreviewOutcomeSchema,
      /** Null when nothing is published yet. */
      published: PreviewOutcomeSchema.nullable(),
      changed: z.boolean(),
    }),
  ),
  reps: z.array(
    z.object({
      repId: IdSchema,
      name: z.string(),
      weight: z.number(),
      /** The rep's weight over the weights of every active rep, 0–1. */
      weightShare: z.number(),
      draft: PreviewRepFiguresSchema,
      published: PreviewRepFiguresSchema.nullable(),
    }),
  ),
  totals: z.object({
    leads: z.number().int(),
    changed: z.number().int(),
    draft: z.record(z.string(), z.number().int()),
    published: z.record(z.string(), z.number().int()).nullable(),
  }),
});
export type RoutingPreview = z.infer<typeof RoutingPreviewSchema>;
