/** The workspace's metric catalogue: defaults shipped with Allot and metrics admins add. */
import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { CountingRule } from '../../domain/metrics/metric.ts';
import {
  COUNTING_RULE_KINDS,
  METRIC_DIRECTIONS,
  METRIC_KINDS,
} from '../../domain/shared/vocabulary.ts';
import { created, id, oneOf, updated, workspaceRef } from './base-schema.ts';

export const metrics = pgTable(
  'metrics',
  {
    id: id(),
    workspaceId: workspaceRef(),
    /** Stable name within the workspace (`revenue`, `new_customers`), used by plans and the API. */
    key: text('key').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: METRIC_KINDS }).notNull(),
    unit: text('unit').notNull(),
    /** Decimal places shown; amounts are counted in minor units. */
    precision: integer('precision').notNull().default(0),
    direction: text('direction', { enum: METRIC_DIRECTIONS }).notNull(),
    rule: jsonb('rule').$type<CountingRule>().notNull(),
    builtin: boolean('builtin').notNull().default(false),
    active: boolean('active').notNull().default(true),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('metrics_workspace_key_uq').on(t.workspaceId, t.key),
    check('metrics_kind_check', oneOf(t.kind, METRIC_KINDS)),
    check('metrics_direction_check', oneOf(t.direction, METRIC_DIRECTIONS)),
    check('metrics_precision_check', sql`${t.precision} between 0 and 4`),
    check(
      'metrics_rule_kind_check',
      sql`${t.rule}->>'kind' in (${sql.raw(COUNTING_RULE_KINDS.map((k) => `'${k}'`).join(', '))})`,
    ),
  ],
);
