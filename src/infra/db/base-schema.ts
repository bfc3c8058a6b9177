/** The root of every table (the workspace) and the column helpers all schema files share. */
import { sql } from 'drizzle-orm';
import { check, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { LOCALES } from '../../domain/shared/vocabulary.ts';

export const oneOf = (column: { name: string }, values: readonly string[]) =>
  sql.raw(`"${column.name}" in (${values.map((v) => `'${v}'`).join(', ')})`);

export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
export const id = () => uuid('id').primaryKey().defaultRandom();
export const workspaceRef = () =>
  uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });
export const created = () => ts('created_at').notNull().defaultNow();
export const updated = () => ts('updated_at').notNull().defaultNow();

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
