/** The in-app inbox: notices to one user each, read or not. */
import { check, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { NotificationParams } from '../../domain/records/types.ts';
import { NOTIFICATION_KINDS } from '../../domain/shared/vocabulary.ts';
import { id, oneOf, ts, workspaceRef } from './base-schema.ts';
import { reps, users } from './org-schema.ts';
import { leads } from './records-schema.ts';

export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    workspaceId: workspaceRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    leadId: uuid('lead_id').references(() => leads.id, { onDelete: 'cascade' }),
    repId: uuid('rep_id').references(() => reps.id, { onDelete: 'set null' }),
    params: jsonb('params').$type<NotificationParams>().notNull().default({}),
    at: ts('at').notNull(),
    readAt: ts('read_at'),
  },
  (t) => [
    index('notifications_inbox_idx').on(t.userId, t.at, t.id),
    check('notifications_kind_check', oneOf(t.kind, NOTIFICATION_KINDS)),
  ],
);
