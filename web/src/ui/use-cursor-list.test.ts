import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Query } from '../api/client.ts';
import { json, stubFetch } from '../test-fetch.ts';
import { useCursorList } from './use-cursor-list.ts';

const PAGES: Record<string, { items: { id: string }[]; nextCursor: string | null }> = {
  '': { items: [{ id: 'a' }], nextCursor: 'c2' },
  c2: { items: [{ id: 'b' }], nextCursor: 'c3' },
  c3: { items: [{ id: 'c' }], nextCursor: null },
};

const cursorOf = (url: string) => new URL(url, 'http://x').searchParams.get('cursor') ?? '';

describe('useCursorList', () => {
  it('goes forward by nextCursor and back through the cursor stack', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/leads': (call) => json(200, { ...PAGES[cursorOf(call.url)], total: 3 }),
    });
    const { result } = renderHook(() => useCursorList<{ id: string }>('/leads', {}));
    await waitFor(() => expect(result.current.items).toEqual([{ id: 'a' }]));
    expect(result.current).toMatchObject({ total: 3, page: 0, hasPrev: false, hasNext: true });

    act(() => result.current.next());
    await waitFor(() => expect(result.current.items).toEqual([{ id: 'b' }]));
    act(() => result.current.next());
    await waitFor(() => expect(result.current.items).toEqual([{ id: 'c' }]));
    expect(result.current).toMatchObject({ page: 2, hasNext: false, hasPrev: true });

    act(() => result.current.prev());
    await waitFor(() => expect(result.current.items).toEqual([{ id: 'b' }]));
    expect(calls.map((c) => cursorOf(c.url))).toEqual(['', 'c2', 'c3', 'c2']);
    expect(new URL(calls[0]?.url ?? '', 'http://x').searchParams.get('limit')).toBe('20');
  });

  it('starts again at page 1 when the filters change', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/leads': (call) => json(200, { ...PAGES[cursorOf(call.url)], total: 3 }),
    });
    const { result, rerender } = renderHook(
      ({ filters }: { filters: Query }) => useCursorList<{ id: string }>('/leads', filters),
      { initialProps: { filters: {} } },
    );
    await waitFor(() => expect(result.current.hasNext).toBe(true));
    act(() => result.current.next());
    await waitFor(() => expect(result.current.page).toBe(1));

    rerender({ filters: { status: 'new' } });
    await waitFor(() => expect(result.current.items).toEqual([{ id: 'a' }]));
    expect(result.current.page).toBe(0);
    const last = new URL(calls.at(-1)?.url ?? '', 'http://x');
    expect(last.searchParams.get('status')).toBe('new');
    expect(last.searchParams.get('cursor')).toBeNull();
  });
});

describe('useCursorList without a total', () => {
  it('reports the total as unknown (null) when the endpoint leaves it out', async () => {
    stubFetch({ 'GET /api/v1/audit': json(200, { items: [{ id: 1 }], nextCursor: null }) });
    const { result } = renderHook(() => useCursorList<{ id: number }>('/audit', {}));
    await waitFor(() => expect(result.current.items).toEqual([{ id: 1 }]));
    expect(result.current.total).toBeNull();
  });
});
