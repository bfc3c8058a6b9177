/** All reps of the workspace, loaded once per session, for names, owner filters and selects. */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { Rep } from '../../../src/contracts/org.ts';
import { fetchAll } from './client.ts';

export type RepsDirectory = {
  reps: Rep[];
  byId: ReadonlyMap<string, Rep>;
  loading: boolean;
  error: unknown;
  reload: () => void;
  nameOf: (id: string | null | undefined) => string;
};

const RepsContext = createContext<RepsDirectory | null>(null);

export const RepsProvider = ({ children }: { children: ReactNode }) => {
  const [reps, setReps] = useState<Rep[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a fresh load
  useEffect(() => {
    let live = true;
    setLoading(true);
    fetchAll<Rep>('/reps', { sort: 'name' })
      .then((items) => {
        if (!live) return;
        setReps(items);
        setError(null);
      })
      .catch((cause: unknown) => live && setError(cause))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [version]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  const value = useMemo(() => {
    const byId = new Map(reps.map((rep) => [rep.id, rep]));
    const nameOf = (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? '') : '');
    return { reps, byId, loading, error, reload, nameOf };
  }, [reps, loading, error, reload]);
  return <RepsContext.Provider value={value}>{children}</RepsContext.Provider>;
};

export const useReps = (): RepsDirectory => {
  const value = useContext(RepsContext);
  if (!value) throw new Error('useReps outside RepsProvider');
  return value;
};
