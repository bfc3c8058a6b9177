/** Teams of the workspace (one request of up to 200), with reload after a change. */
import { useCallback, useEffect, useState } from 'react';
import type { Page } from '../../../../src/contracts/common.ts';
import type { Team } from '../../../../src/contracts/org.ts';
import { api } from '../../api/client.ts';

export const useTeams = () => {
  const [teams, setTeams] = useState<Team[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a fresh load
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    api
      .get<Page<Team>>('/teams', { limit: 200, sort: 'name' }, controller.signal)
      .then((page) => {
        setTeams(page.items);
        setError(null);
        setLoading(false);
      })
      .catch((cause: unknown) => {
        if (cause instanceof DOMException && cause.name === 'AbortError') return;
        setError(cause);
        setLoading(false);
      });
    return () => controller.abort();
  }, [version]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  return { teams, loading, error, reload };
};
