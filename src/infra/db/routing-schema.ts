/** Routing: intake sources, the routing log and routing policy versions. */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { POLICY_STATUSES, ROUTING_OUTCOMES } from '../../domain/shared/vocabulary.ts';

import { created, id, oneOf, ts, updated, workspaceRef } from './base-schema.ts';
import { reps } from './org-schema.ts';
import { leads } from './records-schema.ts';

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
 * The routing log: every decision made for a lead (intake, retry, SLA), with its trace, and every
 * owner given to a lead by hand (method `manual`). The rep's caps, weighted counts and latest
 * assignment are counted from here.
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
