/** Customer records: accounts (客户), leads (线索), opportunities (商机), activities (跟进记录). */
import { z } from 'zod';
import {
  ACCOUNT_LEVELS,
  ACCOUNT_SIZES,
  ACTIVITY_KINDS,
  LEAD_CLOSE_RESULTS,
  LEAD_SOURCES,
  LEAD_STATUSES,
  OPPORTUNITY_STAGES,
  OWNED_ENTITIES,
} from '../domain/shared/vocabulary.ts';
import {
  DateSchema,
  IdSchema,
  listQuery,
  QueryBool,
  TimestampInputSchema,
  TimestampSchema,
} from './common.ts';

const Name = z.string().trim().min(1).max(200);
const Opt = (max: number) => z.string().trim().max(max).nullable().optional();
const Reason = z.string().trim().max(500).optional();

export const AccountInputSchema = z
  .object({
    name: Name,
    domain: Opt(200),
    phones: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
    level: z.enum(ACCOUNT_LEVELS).nullable().optional(),
    industry: Opt(100),
    region: Opt(100),
    size: z.enum(ACCOUNT_SIZES).nullable().optional(),
    ownerRepId: IdSchema.nullable().optional(),
    lastFollowUpAt: TimestampInputSchema.nullable().optional(),
    won: z.boolean().optional(),
    locked: z.boolean().optional(),
    /** 满意度, 0–100 (whole numbers); null clears it. */
    satisfaction: z.number().int().min(0).max(100).nullable().optional(),
    ownerChangeReason: Reason,
  })
  .strict();
export const AccountPatchSchema = AccountInputSchema.partial().strict();
export const AccountSchema = z.object({
  id: IdSchema,
  name: z.string(),
  domain: z.string().nullable(),
  phones: z.array(z.string()),
  level: z.enum(ACCOUNT_LEVELS).nullable(),
  industry: z.string().nullable(),
  region: z.string().nullable(),
  size: z.enum(ACCOUNT_SIZES).nullable(),
  ownerRepId: IdSchema.nullable(),
  ownedSince: TimestampSchema.nullable(),
  lastFollowUpAt: TimestampSchema.nullable(),
  won: z.boolean(),
  locked: z.boolean(),
  satisfaction: z.number().int().nullable(),
  poolId: IdSchema.nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Account = z.infer<typeof AccountSchema>;
export const AccountListQuerySchema = listQuery(['name', 'createdAt', 'lastFollowUpAt']).extend({
  ownerRepId: IdSchema.optional(),
  level: z.enum(ACCOUNT_LEVELS).optional(),
  industry: z.string().max(100).optional(),
  region: z.string().max(100).optional(),
  won: QueryBool.optional(),
  q: z.string().trim().max(100).optional(),
});

export const LeadInputSchema = z
  .object({
    source: z.enum(LEAD_SOURCES).optional(),
    name: Name,
    company: Opt(200),
    email: z.email().max(200).nullable().optional(),
    phone: Opt(50),
    region: Opt(100),
    industry: Opt(100),
    score: z.number().int().min(0).max(100).nullable().optional(),
    custom: z.record(z.string().max(100), z.unknown()).optional(),
    status: z.enum(LEAD_STATUSES).optional(),
    closeResult: z.enum(LEAD_CLOSE_RESULTS).nullable().optional(),
    ownerRepId: IdSchema.nullable().optional(),
    accountId: IdSchema.nullable().optional(),
    /** Your id for the lead: sending the same one again creates nothing new. */
    externalId: z.string().trim().min(1).max(200).optional(),
    ownerChangeReason: Reason,
  })
  .strict();
export const LeadPatchSchema = LeadInputSchema.partial().strict();
export const LeadSchema = z.object({
  id: IdSchema,
  source: z.enum(LEAD_SOURCES),
  name: z.string(),
  company: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  region: z.string().nullable(),
  industry: z.string().nullable(),
  score: z.number().int().nullable(),
  custom: z.record(z.string(), z.unknown()),
  status: z.enum(LEAD_STATUSES),
  closeResult: z.enum(LEAD_CLOSE_RESULTS).nullable(),
  ownerRepId: IdSchema.nullable(),
  ownedSince: TimestampSchema.nullable(),
  accountId: IdSchema.nullable(),
  closedAt: TimestampSchema.nullable(),
  externalId: z.string().nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Lead = z.infer<typeof LeadSchema>;
export const LeadListQuerySchema = listQuery(['createdAt', 'score', 'name']).extend({
  status: z.enum(LEAD_STATUSES).optional(),
  source: z.enum(LEAD_SOURCES).optional(),
  ownerRepId: IdSchema.optional(),
  region: z.string().max(100).optional(),
  industry: z.string().max(100).optional(),
  accountId: IdSchema.optional(),
  q: z.string().trim().max(100).optional(),
});

export const OpportunityInputSchema = z
  .object({
    name: Name,
    accountId: IdSchema,
    ownerRepId: IdSchema.nullable().optional(),
    productId: IdSchema.nullable().optional(),
    amount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    stage: z.enum(OPPORTUNITY_STAGES).optional(),
    probability: z.number().int().min(0).max(100).optional(),
    expectedClose: DateSchema.nullable().optional(),
    ownerChangeReason: Reason,
  })
  .strict();
export const OpportunityPatchSchema = OpportunityInputSchema.partial().strict();
export const OpportunitySchema = z.object({
  id: IdSchema,
  name: z.string(),
  accountId: IdSchema,
  ownerRepId: IdSchema.nullable(),
  productId: IdSchema.nullable(),
  amount: z.number().int().describe('minor units (分)'),
  stage: z.enum(OPPORTUNITY_STAGES),
  probability: z.number().int(),
  expectedClose: DateSchema.nullable(),
  wonAt: TimestampSchema.nullable(),
  lostAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Opportunity = z.infer<typeof OpportunitySchema>;
export const OpportunityListQuerySchema = listQuery([
  'createdAt',
  'amount',
  'expectedClose',
  'name',
]).extend({
  stage: z.enum(OPPORTUNITY_STAGES).optional(),
  ownerRepId: IdSchema.optional(),
  accountId: IdSchema.optional(),
  productId: IdSchema.optional(),
  q: z.string().trim().max(100).optional(),
});

export const ActivityInputSchema = z
  .object({
    kind: z.enum(ACTIVITY_KINDS),
    repId: IdSchema.nullable().optional(),
    leadId: IdSchema.nullable().optional(),
    accountId: IdSchema.nullable().optional(),
    at: TimestampInputSchema,
    summary: z.string().trim().max(5000).optional(),
  })
  .strict();
export const ActivityPatchSchema = ActivityInputSchema.partial().strict();
export const ActivitySchema = z.object({
  id: IdSchema,
  kind: z.enum(ACTIVITY_KINDS),
  repId: IdSchema.nullable(),
  leadId: IdSchema.nullable(),
  accountId: IdSchema.nullable(),
  at: TimestampSchema,
  summary: z.string(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Activity = z.infer<typeof ActivitySchema>;
export const ActivityListQuerySchema = listQuery(['at', 'createdAt']).extend({
  kind: z.enum(ACTIVITY_KINDS).optional(),
  repId: IdSchema.optional(),
  leadId: IdSchema.optional(),
  accountId: IdSchema.optional(),
  from: TimestampSchema.optional(),
  to: TimestampSchema.optional(),
});

export const OwnerHistoryEntrySchema = z.object({
  id: IdSchema,
  entity: z.enum(OWNED_ENTITIES),
  entityId: IdSchema,
  fromRepId: IdSchema.nullable(),
  toRepId: IdSchema.nullable(),
  at: TimestampSchema,
  byUserId: IdSchema.nullable(),
  /** Name of the user who made the change; null for the system. */
  byName: z.string().nullable(),
  reason: z.string(),
});
export type OwnerHistoryEntry = z.infer<typeof OwnerHistoryEntrySchema>;
