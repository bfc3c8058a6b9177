/**
 * Closed vocabularies shared by the database check constraints, the zod contracts and the
 * TypeScript types. Adding a value here is the one place a new status or kind is introduced.
 */

export const ROLES = ['admin', 'manager', 'rep'] as const;
export type Role = (typeof ROLES)[number];

/** 数据权限: which owners' records a user sees (本人 … 全部). */
export const DATA_SCOPES = [
  'self',
  'self_and_subordinates',
  'team',
  'team_and_subteams',
  'all',
] as const;
export type DataScope = (typeof DATA_SCOPES)[number];

export const REP_LEVELS = ['junior', 'regular', 'senior'] as const;
export type RepLevel = (typeof REP_LEVELS)[number];

/** Lead statuses of the routing spec; "open" leads are `assigned` or `working`. */
export const LEAD_STATUSES = ['new', 'assigned', 'working', 'held', 'pooled', 'closed'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export const OPEN_LEAD_STATUSES = ['assigned', 'working'] as const satisfies readonly LeadStatus[];

export const LEAD_CLOSE_RESULTS = ['converted', 'won', 'lost', 'invalid'] as const;
export type LeadCloseResult = (typeof LEAD_CLOSE_RESULTS)[number];

export const LEAD_SOURCES = [
  'website',
  'referral',
  'exhibition',
  'cold_call',
  'advertising',
  'partner',
  'other',
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const ACCOUNT_LEVELS = ['A', 'B', 'C', 'D'] as const;
export type AccountLevel = (typeof ACCOUNT_LEVELS)[number];

export const ACCOUNT_SIZES = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;
export type AccountSize = (typeof ACCOUNT_SIZES)[number];

export const OPPORTUNITY_STAGES = [
  'qualify',
  'needs',
  'proposal',
  'negotiation',
  'won',
  'lost',
] as const;
export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number];
export const CLOSED_OPPORTUNITY_STAGES = [
  'won',
  'lost',
] as const satisfies readonly OpportunityStage[];

export const ACTIVITY_KINDS = ['call', 'visit', 'email', 'meeting', 'note'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * What the in-app inbox tells a person: a lead routed to them, a lead routed to a junior rep
 * they mentor, a duplicate of their open lead, their lead's first-touch deadline passed.
 */
export const NOTIFICATION_KINDS = [
  'lead_assigned',
  'mentee_assigned',
  'duplicate_lead',
  'sla_expired',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Records whose owner changes are kept in the owner history. */
export const OWNED_ENTITIES = ['lead', 'account', 'opportunity'] as const;
export type OwnedEntity = (typeof OWNED_ENTITIES)[number];

/** Entities named by audit rows. */
export const AUDIT_ENTITIES = [
  'workspace',
  'user',
  'api_token',
  'team',
  'rep',
  'territory',
  'product',
  'account',
  'lead',
  'opportunity',
  'activity',
  'routing_policy',
  'intake_source',
  'metric',
  'plan',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'owner_change',
  'login',
  'revoke',
  'publish',
  'submit',
  'approve',
  'adjust',
  'recalculate',
  'revise',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Territory potential factors (numbers; higher customers/maturity/brand = more potential). */
export const POTENTIAL_FACTORS = ['customers', 'maturity', 'competition', 'brand'] as const;
export type PotentialFactor = (typeof POTENTIAL_FACTORS)[number];

/** A routing policy version: being edited, in force, or replaced. */
export const POLICY_STATUSES = ['draft', 'published', 'archived'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

/** What routing did with a lead. */
/** What routing did with a lead; `sla_expired` marks an owner who missed the first-touch deadline. */
export const ROUTING_OUTCOMES = ['assigned', 'duplicate', 'held', 'pooled', 'sla_expired'] as const;
export type RoutingOutcome = (typeof ROUTING_OUTCOMES)[number];

/** What a metric measures: money (minor units), a number of things, or one count over another. */
export const METRIC_KINDS = ['amount', 'count', 'rate'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

/** Whether more of a metric is better (revenue) or less (days to close). */
export const METRIC_DIRECTIONS = ['higher_better', 'lower_better'] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];

/**
 * Counting rules: what exactly counts towards a metric. Won amount, accounts won for the first
 * time, activities of one kind, leads that became opportunities, a score entered per account.
 */
export const COUNTING_RULE_KINDS = [
  'won_amount',
  'first_won_accounts',
  'activities',
  'lead_conversion',
  'account_score',
] as const;
export type CountingRuleKind = (typeof COUNTING_RULE_KINDS)[number];

/** Numbers entered per account that a metric can average (满意度 0–100). */
export const ACCOUNT_SCORE_FIELDS = ['satisfaction'] as const;
export type AccountScoreField = (typeof ACCOUNT_SCORE_FIELDS)[number];

/** The units actuals are reported for. */
export const ACTUALS_GROUPINGS = ['rep', 'team', 'workspace'] as const;
export type ActualsGrouping = (typeof ACTUALS_GROUPINGS)[number];

/**
 * A stored target plan's workflow: drafted and edited by managers, submitted for approval,
 * approved, published by an administrator (then read-only).
 */
export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'published'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** The calendar span a plan covers, in the business time zone. */
export const PLAN_PERIOD_KINDS = ['year', 'quarter', 'month'] as const;
export type PlanPeriodKind = (typeof PLAN_PERIOD_KINDS)[number];

/** How a stored plan cuts its period for seasonality. */
export const PLAN_SUB_PERIODS = ['month', 'quarter'] as const;
export type PlanSubPeriod = (typeof PLAN_SUB_PERIODS)[number];

/**
 * How a plan splits the company target: straight over the reps (teams only roll up), or top-down
 * level by level — company → top-level teams → sub-teams → reps.
 */
export const PLAN_ALLOCATIONS = ['direct', 'top_down'] as const;
export type PlanAllocation = (typeof PLAN_ALLOCATIONS)[number];

/** The actuals a metric's history driver reads: the same period a year before, or the 12 months before it. */
export const HISTORY_BASES = ['same_period_last_year', 'trailing_12_months'] as const;
export type HistoryBase = (typeof HISTORY_BASES)[number];
