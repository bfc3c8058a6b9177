/** The organisation: teams, reps, users and their sign-in, territories, products. */
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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { DATA_SCOPES, LOCALES, REP_LEVELS, ROLES } from '../../domain/shared/vocabulary.ts';

import {
  type AttrValue,
  type AwayWindow,
  created,
  id,
  oneOf,
  type PotentialValues,
  type TerritoryCriteria,
  ts,
  updated,
  workspaceRef,
} from './base-schema.ts';

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
