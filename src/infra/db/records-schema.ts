/** Customer records and their history: accounts, leads, opportunities, activities, owners, audit. */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ACCOUNT_LEVELS,
  ACCOUNT_SIZES,
  ACTIVITY_KINDS,
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  LEAD_CLOSE_RESULTS,
  LEAD_SOURCES,
  LEAD_STATUSES,
  OPPORTUNITY_STAGES,
  OWNED_ENTITIES,
} from '../../domain/shared/vocabulary.ts';

import { created, id, oneOf, ts, updated, workspaceRef } from './base-schema.ts';
import { products, reps } from './org-schema.ts';

export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    domain: text('domain'),
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    level: text('level', { enum: ACCOUNT_LEVELS }),
    industry: text('industry'),
    region: text('region'),
    size: text('size', { enum: ACCOUNT_SIZES }),
    ownerRepId: uuid('owner_rep_id').references(() => reps.id, { onDelete: 'set null' }),
    ownedSince: ts('owned_since'),
    lastFollowUpAt: ts('last_follow_up_at'),
    won: boolean('won').notNull().default(false),
    locked: boolean('locked').notNull().default(false),
    /** 满意度 entered per account, 0–100; null until someone enters it. */
    satisfaction: integer('satisfaction'),
    poolId: uuid('pool_id'),
    companyKey: text('company_key'),
    phoneKeys: text('phone_keys').array().notNull().default(sql`'{}'::text[]`),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    index('accounts_company_key_idx').on(t.workspaceId, t.companyKey),
    index('accounts_phone_keys_idx').using('gin', t.phoneKeys),
    index('accounts_owner_idx').on(t.workspaceId, t.ownerRepId, t.id),
    index('accounts_created_idx').on(t.workspaceId, t.createdAt, t.id),
    index('accounts_domain_idx').on(t.workspaceId, t.domain),
    index('accounts_name_idx').on(t.workspaceId, t.name, t.id),
    index('accounts_follow_up_idx').on(
      t.workspaceId,
      sql`coalesce(${t.lastFollowUpAt}, 'epoch'::timestamptz)`,
      t.id,
    ),
    check('accounts_level_check', sql`${t.level} is null or ${oneOf(t.level, ACCOUNT_LEVELS)}`),
    check('accounts_size_check', sql`${t.size} is null or ${oneOf(t.size, ACCOUNT_SIZES)}`),
    check(
      'accounts_satisfaction_check',
      sql`${t.satisfaction} is null or (${t.satisfaction} between 0 and 100)`,
    ),
  ],
);

export const leads = pgTable(
  'leads',
  {
    id: id(),
    workspaceId: workspaceRef(),
    source: text('source', { enum: LEAD_SOURCES }).notNull().default('other'),
    name: text('name').notNull(),
    company: text('company'),
    email: text('email'),
    phone: text('phone'),
    region: text('region'),
    industry: text('industry'),
    score: integer('score'),
    custom: jsonb('custom').$type<Record<string, unknown>>().notNull().default({}),
    status: text('status', { enum: LEAD_STATUSES }).notNull().default('new'),
    closeResult: text('close_result', { enum: LEAD_CLOSE_RESULTS }),
    ownerRepId: uuid('owner_rep_id').references(() => reps.id, { onDelete: 'set null' }),
    ownedSince: ts('owned_since'),
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'set null' }),
    closedAt: ts('closed_at'),
    /** The caller's id of the lead (idempotent intake: the same id is taken once). */
    externalId: text('external_id'),
    emailKey: text('email_key'),
    phoneKey: text('phone_key'),
    companyKey: text('company_key'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('leads_external_id_uq').on(t.workspaceId, t.externalId),
    index('leads_email_key_idx').on(t.workspaceId, t.emailKey),
    index('leads_phone_key_idx').on(t.workspaceId, t.phoneKey),
    index('leads_company_key_idx').on(t.workspaceId, t.companyKey),
    index('leads_owner_idx').on(t.workspaceId, t.ownerRepId, t.status),
    index('leads_created_idx').on(t.workspaceId, t.createdAt, t.id),
    index('leads_email_idx').on(t.workspaceId, t.email),
    index('leads_phone_idx').on(t.workspaceId, t.phone),
    check('leads_status_check', oneOf(t.status, LEAD_STATUSES)),
    check('leads_source_check', oneOf(t.source, LEAD_SOURCES)),
    check(
      'leads_close_result_check',
      sql`${t.closeResult} is null or ${oneOf(t.closeResult, LEAD_CLOSE_RESULTS)}`,
    ),
    check('leads_score_check', sql`${t.score} is null or (${t.score} between 0 and 100)`),
  ],
);

export const opportunities = pgTable(
  'opportunities',
  {
    id: id(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'restrict' }),
    ownerRepId: uuid('owner_rep_id').references(() => reps.id, { onDelete: 'set null' }),
    productId: uuid('product_id').references(() => products.id, { onDelete: 'restrict' }),
    amount: bigint('amount', { mode: 'number' }).notNull().default(0),
    stage: text('stage', { enum: OPPORTUNITY_STAGES }).notNull().default('qualify'),
    probability: integer('probability').notNull().default(10),
    expectedClose: date('expected_close', { mode: 'string' }),
    wonAt: ts('won_at'),
    lostAt: ts('lost_at'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    index('opportunities_owner_idx').on(t.workspaceId, t.ownerRepId),
    index('opportunities_account_idx').on(t.workspaceId, t.accountId),
    index('opportunities_created_idx').on(t.workspaceId, t.createdAt, t.id),
    index('opportunities_won_idx').on(t.workspaceId, t.wonAt),
    check('opportunities_stage_check', oneOf(t.stage, OPPORTUNITY_STAGES)),
    check('opportunities_probability_check', sql`${t.probability} between 0 and 100`),
    check('opportunities_amount_check', sql`${t.amount} >= 0`),
  ],
);

export const activities = pgTable(
  'activities',
  {
    id: id(),
    workspaceId: workspaceRef(),
    kind: text('kind', { enum: ACTIVITY_KINDS }).notNull(),
    repId: uuid('rep_id').references(() => reps.id, { onDelete: 'set null' }),
    leadId: uuid('lead_id').references(() => leads.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
    at: ts('at').notNull(),
    summary: text('summary').notNull().default(''),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    index('activities_rep_idx').on(t.workspaceId, t.repId, t.at),
    index('activities_lead_idx').on(t.leadId),
    index('activities_account_idx').on(t.accountId),
    check('activities_kind_check', oneOf(t.kind, ACTIVITY_KINDS)),
    check('activities_subject_check', sql`${t.leadId} is not null or ${t.accountId} is not null`),
  ],
);

export const ownerHistory = pgTable(
  'owner_history',
  {
    id: id(),
    workspaceId: workspaceRef(),
    entity: text('entity', { enum: OWNED_ENTITIES }).notNull(),
    entityId: uuid('entity_id').notNull(),
    fromRepId: uuid('from_rep_id'),
    toRepId: uuid('to_rep_id'),
    at: ts('at').notNull(),
    byUserId: uuid('by_user_id'),
    reason: text('reason').notNull().default(''),
  },
  (t) => [
    index('owner_history_entity_idx').on(t.workspaceId, t.entity, t.entityId, t.at),
    check('owner_history_entity_check', oneOf(t.entity, OWNED_ENTITIES)),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: workspaceRef(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    entity: text('entity', { enum: AUDIT_ENTITIES }).notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    at: ts('at').notNull().defaultNow(),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_log_workspace_idx').on(t.workspaceId, t.id),
    index('audit_log_entity_idx').on(t.workspaceId, t.entity, t.entityId),
    check('audit_log_action_check', oneOf(t.action, AUDIT_ACTIONS)),
    check('audit_log_entity_check', oneOf(t.entity, AUDIT_ENTITIES)),
  ],
);
