import { type Actor, requireUser } from '../actor.ts';
import type { AppDeps } from '../ports.ts';

/** Marks the given notices of the signed-in user read (all of them when no ids are given). */
export async function markNotificationsRead(
  deps: Pick<AppDeps, 'stores' | 'clock'>,
  actor: Actor,
  ids: readonly string[] | undefined,
): Promise<{ changed: number; unread: number }> {
  const userId = requireUser(actor);
  const workspaceId = actor.workspace.id;
  const changed = await deps.stores.notifications.markRead(
    workspaceId,
    userId,
    ids ?? 'all',
    deps.clock.now(),
  );
  return { changed, unread: await deps.stores.notifications.unreadCount(workspaceId, userId) };
}
