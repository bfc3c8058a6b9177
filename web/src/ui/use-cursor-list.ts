/**
 * One page of a cursor-paginated list (`{ items, nextCursor, total }`), with a stack of cursors so
 * the user can go back as well as forward. Changing the filters or the page size starts over.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Page } from '../../../src/contracts/common.ts';
import { api, type Query } from '../api/client.ts';

export const PAGE_SIZES = [20, 50, 100] as const;

export type CursorList<T> = {
  items: T[];
  /** `null` when the endpoint does not count (the audit log). */
  total: number | null;
  /** More rows match than `total` (the server counts up to 10,000). */
  totalCapped: boolean;
  loading: boolean;
  error: unknown;
  /** 0-based page index. */
  page: number;
  pageSize: number;
  hasPrev: boolean;
  hasNext: boolean;
  next: () => void;
  prev: () => void;
  setPageSize: (size: number) => void;
  reload: () => void;
};

/** Some lists (the audit log) leave out `total`. */
type LoadedPage<T> = Omit<Page<T>, 'total' | 'totalCapped'> & {
  total?: number;
  totalCapped?: boolean;
};
type Loaded<T> = { key: string; page: LoadedPage<T> };

export const useCursorList = <T>(
  path: string | null,
  filters: Query = {},
  initialPageSize: number = PAGE_SIZES[0],
): CursorList<T> => {
  const filterKey = JSON.stringify(filters);
  const [pageSize, setPageSizeState] = useState(initialPageSize);
  const base = `${path}|${filterKey}|${pageSize}`;
  // cursors[i] fetches page i (undefined for the first page); a new base starts over at page 1.
  const [nav, setNav] = useState<{ base: string; cursors: (string | undefined)[] }>({
    base,
    cursors: [undefined],
  });
  const cursors = useMemo(() => (nav.base === base ? nav.cursors : [undefined]), [nav, base]);
  const [reloads, setReloads] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const page = cursors.length - 1;
  const cursor = cursors[page];
  const requestKey = `${base}|${cursor ?? ''}|${reloads}`;

  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    setError(null);
    const query: Query = { ...(JSON.parse(filterKey) as Query), limit: pageSize, cursor };
    api
      .get<LoadedPage<T>>(path, query, controller.signal)
      .then((result) => setLoaded({ key: requestKey, page: result }))
      .catch((cause: unknown) => {
        if (cause instanceof DOMException && cause.name === 'AbortError') return;
        setError(cause);
      });
    return () => controller.abort();
  }, [path, filterKey, pageSize, cursor, requestKey]);

  const current = loaded?.page;
  const loading = !!path && loaded?.key !== requestKey && !error;
  const nextCursor = loaded?.key === requestKey ? current?.nextCursor : null;

  const next = useCallback(() => {
    if (nextCursor) setNav({ base, cursors: [...cursors, nextCursor] });
  }, [base, cursors, nextCursor]);
  const prev = useCallback(() => {
    if (cursors.length > 1) setNav({ base, cursors: cursors.slice(0, -1) });
  }, [base, cursors]);
  const setPageSize = useCallback((size: number) => setPageSizeState(size), []);
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  return useMemo(
    () => ({
      items: current?.items ?? [],
      total: current ? (current.total ?? null) : 0,
      totalCapped: current?.totalCapped ?? false,
      loading,
      error,
      page,
      pageSize,
      hasPrev: page > 0,
      hasNext: !!nextCursor,
      next,
      prev,
      setPageSize,
      reload,
    }),
    [current, loading, error, page, pageSize, nextCursor, next, prev, setPageSize, reload],
  );
};
