/**
 * The bell's unread count: asked on mount, every minute while the tab is visible and at once
 * when it becomes visible again. Lists and mark-read answers carry the count too (`set`).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NotificationPage } from '../../../../src/contracts/notifications.ts';
import { api } from '../../api/client.ts';

export const POLL_MS = 60_000;

export const useUnreadCount = () => {
  const [unread, setUnread] = useState(0);
  // Every change counts one up, so that a poll answered after a newer count is dropped.
  const version = useRef(0);

  const set = useCallback((count: number) => {
    version.current += 1;
    setUnread(count);
  }, []);

  const refresh = useCallback(async () => {
    version.current += 1;
    const asked = version.current;
    try {
      const page = await api.get<NotificationPage>('/notifications', { limit: 1 });
      if (version.current === asked) setUnread(page.unread);
    } catch {
      // The bell keeps its last count; the next poll asks again (a 401 signs out anyway).
    }
  }, []);

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const start = () => {
      if (timer === undefined) timer = setInterval(() => void refresh(), POLL_MS);
    };
    const stop = () => {
      clearInterval(timer);
      timer = undefined;
    };
    const onVisibility = () => {
      if (document.hidden) {
        stop();
      } else {
        void refresh();
        start();
      }
    };
    void refresh();
    if (!document.hidden) start();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [refresh]);

  return { unread, set, refresh };
};
