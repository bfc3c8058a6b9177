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
