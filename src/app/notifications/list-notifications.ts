import { renderNotification } from '../../domain/notifications/render-notification.ts';
import type { Locale } from '../../domain/shared/vocabulary.ts';
import { type Actor, requireUser } from '../actor.ts';
import { validationError } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { decodeCursor, encodeCursor } from '../records/cursor.ts';

/** The signed-in user's inbox, newest first, each notice worded in the reader's language. */
export async function listNotifications(
  deps: Pick<AppDeps, 'stores'>,
  actor: Actor,
  query: {
    limit: number;
    cursor?: string | undefined;
    unread?: boolean | undefined;
    locale?: Locale | undefined;
  },
) {
  const userId = requireUser(actor);
  const workspaceId = actor.workspace.id;
  const position = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const after =
    position === undefined ? undefined : { at: new Date(String(position.value)), id: position.id };
  if (after && Number.isNaN(after.at.getTime())) {
    throw validationError([
      { path: 'cursor', message: 'not a cursor returned by this list', code: 'invalid_cursor' },
    ]);
  }
  const rows = await deps.stores.notifications.inbox(workspaceId, userId, {
    limit: query.limit + 1,
    unreadOnly: query.unread ?? false,
    ...(after ? { after } : {}),
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const locale = query.locale ?? actor.user.locale;
  return {
    items: page.map((n) => ({ ...n, text: renderNotification(n.kind, n.params, locale) })),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor({ value: last.at, id: last.id }) : null,
    unread: await deps.stores.notifications.unreadCount(workspaceId, userId),
  };
}
