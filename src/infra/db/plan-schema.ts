/**
 * Stored target plans: the plan (period, method, workflow status), its metrics with company
 * targets, managers' adjustments, and every version of its input and result, kept append-only
 * so each version stays viewable.
 */
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import type { PlanInput, PlanMethod } from '../../domain/planning/plan-input.ts';
import type { PlanResult } from '../../domain/planning/plan-result.ts';
import {
  HISTORY_BASES,
  PLAN_ALLOCATIONS,
  PLAN_PERIOD_KINDS,
  PLAN_STATUSES,
  PLAN_SUB_PERIODS,
} from '../../domain/shared/vocabulary.ts';
import { created, id, oneOf, ts, updated, workspaceRef } from './base-schema.ts';
import { metrics } from './metric-schema.ts';
import { reps } from './org-schema.ts';

export const plans = pgTable(
  'plans',
  {
    id: id(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    periodKind: text('period_kind', { enum: PLAN_PERIOD_KINDS }).notNull(),
    /** First and last business day of the period (both included). */
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    split: text('split', { enum: PLAN_SUB_PERIODS }).notNull().default('month'),
    /** Weight per sub-period; null = flat. */
    seasonality: doublePrecision('seasonality').array(),
    /** Straight over the reps, or top-down through the team tree. */
    allocation: text('allocation', { enum: PLAN_ALLOCATIONS }).notNull().default('direct'),
    /** The plan-wide method (drivers, ramp mode and curve, growth bounds). */
    method: jsonb('method').$type<PlanMethod>().notNull().default({}),
    /** Top-down: the method of each level of the team tree, from the company's split down. */
    levelMethods: jsonb('level_methods').$type<(PlanMethod | null)[]>().notNull().default([]),
    /** Weights of the territory potential factors. */
    potentialFactors: jsonb('potential_factors')
      .$type<Record<string, number>>()
      .notNull()
      .default({}),
    status: text('status', { enum: PLAN_STATUSES }).notNull().default('draft'),
    /** The latest version in plan_versions. */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: created(),
    updatedAt: updated(),
    publishedAt: ts('published_at'),
    publishedBy: uuid('published_by'),
  },
  (t) => [
    index('plans_workspace_idx').on(t.workspaceId, t.createdAt),
    check('plans_period_kind_check', oneOf(t.periodKind, PLAN_PERIOD_KINDS)),
    check('plans_split_check', oneOf(t.split, PLAN_SUB_PERIODS)),
    check('plans_allocation_check', oneOf(t.allocation, PLAN_ALLOCATIONS)),
    check('plans_status_check', oneOf(t.status, PLAN_STATUSES)),
    check('plans_period_check', sql`${t.periodEnd} >= ${t.periodStart}`),
  ],
);

export const planMetrics = pgTable(
  'plan_metrics',
  {
    workspaceId: workspaceRef(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    metricId: uuid('metric_id')
      .notNull()
      .references(() => metrics.id, { onDelete: 'restrict' }),
    /** Order of the metric in the plan. */
    position: integer('position').notNull(),
    /** Company target; amounts in minor units. */
    target: bigint('target', { mode: 'number' }).notNull(),
    /** Overrides the plan's method field by field (allot.plan/1). */
    method: jsonb('method').$type<PlanMethod>(),
    historyBase: text('history_base', { enum: HISTORY_BASES })
      .notNull()
      .default('same_period_last_year'),
    /** Targets set for teams (by team id), checked against what their reps receive. */
    teamTargets: jsonb('team_targets').$type<Record<string, number>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.metricId] }),
    check('plan_metrics_history_base_check', oneOf(t.historyBase, HISTORY_BASES)),
    check('plan_metrics_target_check', sql`${t.target} >= 0`),
  ],
);

export const planAdjustments = pgTable(
  'plan_adjustments',
  {
    workspaceId: workspaceRef(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    repId: uuid('rep_id')
      .notNull()
      .references(() => reps.id, { onDelete: 'cascade' }),
    metricId: uuid('metric_id')
      .notNull()
      .references(() => metrics.id, { onDelete: 'restrict' }),
    value: bigint('value', { mode: 'number' }).notNull(),
    comment: text('comment').notNull(),
    byUserId: uuid('by_user_id'),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.repId, t.metricId] }),
    check('plan_adjustments_value_check', sql`${t.value} >= 0`),
    check('plan_adjustments_comment_check', sql`length(trim(${t.comment})) > 0`),
  ],
);

/**
 * JSON kept compressed: a plan's result carries every target with its months, terms and text —
 * over 100 MB of JSON for 10,000 reps × 10 metrics, a tenth of that compressed.
 */
const compressedJson = <T>(name: string) =>
  customType<{ data: T; driverData: Uint8Array }>({
    dataType: () => 'bytea',
    toDriver: (value) => gzipSync(JSON.stringify(value), { level: constants.Z_BEST_SPEED }),
    fromDriver: (value) => JSON.parse(gunzipSync(value).toString('utf8')) as T,
  })(name);

/** Append-only: one row per change of the plan, with the input and result as they stood. */
export const planVersions = pgTable(
  'plan_versions',
  {
    workspaceId: workspaceRef(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    status: text('status', { enum: PLAN_STATUSES }).notNull(),
    /** What changed: created, recalculated, adjusted, imported, submitted … */
    change: text('change').notNull(),
    /** The change itself: the adjustment or revision made, for the history view. */
    detail: jsonb('detail'),
    input: jsonb('input').$type<PlanInput>().notNull(),
    result: compressedJson<PlanResult>('result_gz').notNull(),
    createdBy: uuid('created_by'),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.version] }),
    check('plan_versions_status_check', oneOf(t.status, PLAN_STATUSES)),
  ],
);
