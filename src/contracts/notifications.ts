/** The in-app inbox API. */
import { z } from 'zod';
import { LOCALES, NOTIFICATION_KINDS } from '../domain/shared/vocabulary.ts';
import { IdSchema, QueryBool, TimestampSchema } from './common.ts';

export const NotificationQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(500).optional(),
    /** Only notices not yet read. */
    unread: QueryBool.optional(),
    locale: z.enum(LOCALES).optional(),
  })
  .strict();

export const NotificationSchema = z.object({
  id: IdSchema,
  kind: z.enum(NOTIFICATION_KINDS),
  leadId: IdSchema.nullable(),
  repId: IdSchema.nullable(),
  params: z.object({
    lead: z.string().optional(),
    rep: z.string().optional(),
    minutes: z.number().optional(),
  }),
  /** The notice in the reader's language. */
  text: z.string(),
  at: TimestampSchema,
  readAt: TimestampSchema.nullable(),
});

export const NotificationPageSchema = z.object({
  items: z.array(NotificationSchema),
  nextCursor: z.string().nullable(),
  /** All unread notices of the user, for the bell. */
  unread: z.number().int(),
});
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

/** Without `ids`, every notice of the user is marked read. */
export const MarkReadSchema = z.object({ ids: z.array(IdSchema).max(200).optional() }).strict();
