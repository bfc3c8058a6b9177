/**
 * The one database schema (PostgreSQL 15 dialect; PGlite runs the same SQL). Every table carries
 * `workspace_id`; closed vocabularies become check constraints from the shared `as const` arrays.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ACCOUNT_LEVELS,
  ACCOUNT_SIZES,
  ACTIVITY_KINDS,
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  DATA_SCOPES,
  LEAD_CLOSE_RESULTS,
  LEAD_SOURCES,
  LEAD_STATUSES,
  LOCALES,
  OPPORTUNITY_STAGES,
  OWNED_ENTITIES,
  POLICY_STATUSES,
  REP_LEVELS,
  ROLES,
  ROUTING_OUTCOMES,
} from '../../domain/shared/vocabulary.ts';

const oneOf = (column: { name: string }, values: readonly string[]) =>
  sql.raw(`"${column.name}" in (${values.map((v) => `'${v}'`).join(', ')})`);

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const id = () => uuid('id').primaryKey().defaultRandom();
const workspaceRef = () =>
  uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });
const created = () => ts('created_at').notNull().defaultNow();
const updated = () => ts('updated_at').notNull().defaultNow();

export type AwayWindow = { from: string; to: string };
export type TerritoryCriteria = {
  regions?: string[];
  provinces?: string[];
  cities?: string[];
  industries?: string[];
  sizes?: string[];
};
export type PotentialValues = Partial<Record<string, number>>;
export type AttrValue = string | number | string[];

export const workspaces = pgTable(
  'workspaces',
  {
    id: id(),
    name: text('name').notNull(),
    timezone: text('timezone').notNull().default('Asia/Shanghai'),
    locale: text('locale', { enum: LOCALES }).notNull().default('zh-CN'),
    currency: text('currency').notNull().default('CNY'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [check('workspaces_locale_check', oneOf(t.locale, LOCALES))],
);

export const teams = pgTable(
  'teams',
  {
    id: id(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    parentId: uuid('parent_id'),
    managerUserId: uuid('manager_user_id'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    index('teams_workspace_idx').on(t.workspaceId, t.parentId),
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id], name: 'teams_parent_fk' }).onDelete(
      'restrict',
    ),
  ],
);

export const reps = pgTable(
  'reps',
  {
    id: id(),
    workspaceId: workspaceRef(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'restrict' }),
    email: text('email'),
    phone: text('phone'),
    level: text('level', { enum: REP_LEVELS }).notNull().default('regular'),
    hiredOn: date('hired_on', { mode: 'string' }),
    active: boolean('active').notNull().default(true),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    attrs: jsonb('attrs').$type<Record<string, AttrValue>>().notNull().default({}),
    weight: doublePrecision('weight').notNull().default(1),
    capPerDay: integer('cap_per_day'),
    capPerWeek: integer('cap_per_week'),
    capPerMonth: integer('cap_per_month'),
    maxOpen: integer('max_open'),
    away: jsonb('away').$type<AwayWindow[]>().notNull().default([]),
    mentorId: uuid('mentor_id'),
    lastAssignedAt: ts('last_assigned_at'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('reps_workspace_code_uq').on(t.workspaceId, t.code),
    index('reps_team_idx').on(t.workspaceId, t.teamId),
    check('reps_level_check', oneOf(t.level, REP_LEVELS)),
    check('reps_weight_check', sql`${t.weight} > 0`),
    check(
      'reps_caps_check',
      sql`coalesce(${t.capPerDay}, 0) >= 0 and coalesce(${t.capPerWeek}, 0) >= 0 and coalesce(${t.capPerMonth}, 0) >= 0 and coalesce(${t.maxOpen}, 0) >= 0`,
    ),
    foreignKey({ columns: [t.mentorId], foreignColumns: [t.id], name: 'reps_mentor_fk' }).onDelete(
      'set null',
    ),
  ],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    workspaceId: workspaceRef(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    dataScope: text('data_scope', { enum: DATA_SCOPES }).notNull().default('self'),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    repId: uuid('rep_id').references(() => reps.id, { onDelete: 'set null' }),
    active: boolean('active').notNull().default(true),
    locale: text('locale', { enum: LOCALES }).notNull().default('zh-CN'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('users_email_uq').on(sql`lower(${t.email})`),
    uniqueIndex('users_rep_uq').on(t.repId),
    index('users_workspace_idx').on(t.workspaceId),
    check('users_role_check', oneOf(t.role, ROLES)),
    check('users_scope_check', oneOf(t.dataScope, DATA_SCOPES)),
    check('users_locale_check', oneOf(t.locale, LOCALES)),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: created(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    workspaceId: workspaceRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    createdAt: created(),
    lastUsedAt: ts('last_used_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    uniqueIndex('api_tokens_hash_uq').on(t.tokenHash),
    index('api_tokens_workspace_idx').on(t.workspaceId),
  ],
);

export const territories = pgTable(
  'territories',
  {
    id: id(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    parentId: uuid('parent_id'),
    criteria: jsonb('criteria').$type<TerritoryCriteria>().notNull().default({}),
    potential: jsonb('potential').$type<PotentialValues>().notNull().default({}),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    index('territories_workspace_idx').on(t.workspaceId, t.parentId),
    foreignKey({
      columns: [t.parentId],
      foreignColumns: [t.id],
      name: 'territories_parent_fk',
    }).onDelete('restrict'),
  ],
);

export const territoryReps = pgTable(
  'territory_reps',
  {
    workspaceId: workspaceRef(),
    territoryId: uuid('territory_id')
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    repId: uuid('rep_id')
      .notNull()
      .references(() => reps.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.territoryId, t.repId] }),
    index('territory_reps_rep_idx').on(t.repId),
  ],
);

export const products = pgTable(
  'products',
  {
    id: id(),
    workspaceId: workspaceRef(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unitPrice: bigint('unit_price', { mode: 'number' }).notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('products_workspace_code_uq').on(t.workspaceId, t.code),
    check('products_price_check', sql`${t.unitPrice} >= 0`),
  ],
);

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

/**
 * Web forms and partners that post leads to `/intake/{sourceId}`, each signing with its own
 * secret (HMAC-SHA256). The secret must be readable to check signatures, so it is stored as is.
 */
export const intakeSources = pgTable(
  'intake_sources',
  {
    id: id(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    secret: text('secret').notNull(),
    active: boolean('active').notNull().default(true),
    lastUsedAt: ts('last_used_at'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('intake_sources_workspace_idx').on(t.workspaceId)],
);

/**
 * The routing log: every decision made for a lead (intake, retry, SLA), with its trace. The
 * rep's caps, weighted counts and latest assignment are counted from here.
 */
export const assignments = pgTable(
  'assignments',
  {
    id: id(),
    workspaceId: workspaceRef(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    repId: uuid('rep_id').references(() => reps.id, { onDelete: 'set null' }),
    outcome: text('outcome', { enum: ROUTING_OUTCOMES }).notNull(),
    ruleId: text('rule_id'),
    method: text('method'),
    policyVersion: integer('policy_version'),
    decision: jsonb('decision').$type<Record<string, unknown>>().notNull(),
    retry: boolean('retry').notNull().default(false),
    at: ts('at').notNull(),
    /** Write order, for decisions made at the same instant (an expiry and its reassignment). */
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
  },
  (t) => [
    index('assignments_rep_idx').on(t.workspaceId, t.repId, t.at),
    index('assignments_lead_idx').on(t.leadId, t.at),
    index('assignments_rule_idx').on(t.workspaceId, t.ruleId, t.at),
    check('assignments_outcome_check', oneOf(t.outcome, ROUTING_OUTCOMES)),
  ],
);

/**
 * Versions of a workspace's routing policy: at most one draft, the published one that intake
 * uses, and the archived ones before it.
 */
export const routingPolicies = pgTable(
  'routing_policies',
  {
    id: id(),
    workspaceId: workspaceRef(),
    version: integer('version').notNull(),
    status: text('status', { enum: POLICY_STATUSES }).notNull(),
    document: jsonb('document').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: created(),
    updatedAt: updated(),
    publishedAt: ts('published_at'),
    publishedBy: uuid('published_by'),
  },
  (t) => [
    uniqueIndex('routing_policies_version_uq').on(t.workspaceId, t.version),
    uniqueIndex('routing_policies_one_draft_uq')
      .on(t.workspaceId)
      .where(sql`${t.status} = 'draft'`),
    uniqueIndex('routing_policies_one_published_uq')
      .on(t.workspaceId)
      .where(sql`${t.status} = 'published'`),
    check('routing_policies_status_check', oneOf(t.status, POLICY_STATUSES)),
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

// Compile-time check: stored rows fit the records the use cases work with.
type Fits<Row, Rec> = Row extends Rec ? true : never;
export const rowsFitRecords: [
  Fits<typeof workspaces.$inferSelect, import('../../domain/records/types.ts').WorkspaceRecord>,
  Fits<typeof users.$inferSelect, import('../../domain/records/types.ts').UserRecord>,
  Fits<typeof apiTokens.$inferSelect, import('../../domain/records/types.ts').ApiTokenRecord>,
  Fits<typeof teams.$inferSelect, import('../../domain/records/types.ts').TeamRecord>,
  Fits<
    typeof reps.$inferSelect & { userId: string | null },
    import('../../domain/records/types.ts').RepRecord
  >,
  Fits<
    typeof territories.$inferSelect & { repIds: string[] },
    import('../../domain/records/types.ts').TerritoryRecord
  >,
  Fits<typeof products.$inferSelect, import('../../domain/records/types.ts').ProductRecord>,
  Fits<typeof accounts.$inferSelect, import('../../domain/records/types.ts').AccountRecord>,
  Fits<typeof leads.$inferSelect, import('../../domain/records/types.ts').LeadRecord>,
  Fits<
    typeof opportunities.$inferSelect,
    import('../../domain/records/types.ts').OpportunityRecord
  >,
  Fits<typeof activities.$inferSelect, import('../../domain/records/types.ts').ActivityRecord>,
  Fits<
    typeof ownerHistory.$inferSelect,
    import('../../domain/records/types.ts').OwnerHistoryRecord
  >,
  Fits<typeof auditLog.$inferSelect, import('../../domain/records/types.ts').AuditRecord>,
  Fits<
    typeof routingPolicies.$inferSelect,
    import('../../domain/records/types.ts').RoutingPolicyRecord
  >,
  Fits<typeof assignments.$inferSelect, import('../../domain/records/types.ts').AssignmentRecord>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
