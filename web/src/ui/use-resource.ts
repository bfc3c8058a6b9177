/** One record by path (detail pages): data, loading, error and reload. */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';

export type Resource<T> = {
  data: T | null;
  loading: boolean;
  error: unknown;
  reload: () => void;
};

export const useResource = <T>(path: string | null): Resource<T> => {
  const [state, setState] = useState<{ key: string; data: T | null; error: unknown }>({
    key: '',
    data: null,
    error: null,
  });
  const [version, setVersion] = useState(0);
  const key = `${path}|${version}`;

  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    api
      .get<T>(path, undefined, controller.signal)
      .then((data) => setState({ key, data, error: null }))
      .catch((error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setState({ key, data: null, error });
      });
    return () => controller.abort();
  }, [path, key]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  const settled = state.key === key;
  return {
    data: state.data,
    loading: !!path && !settled,
    error: settled ? state.error : null,
    reload,
  };
};
