/**
 * Names of linked records (the account of an opportunity, the lead of an activity), fetched in
 * one request per page of ids (`?ids=`) and cached for the session.
 */
import { useEffect, useState } from 'react';
import { api } from './client.ts';
import { registerSessionCache } from './session-caches.ts';

export type NamedResource = 'accounts' | 'leads';

const BATCH = 200;
const cache = new Map<string, string | null>();

/** Loads the names of `ids`; ids outside the data scope (or deleted) are cached as null. */
const load = async (resource: NamedResource, ids: readonly string[]): Promise<void> => {
  for (let i = 0; i < ids.length; i += BATCH) {
    const chunk = ids.slice(i, i + BATCH);
    try {
      const page = await api.get<{ items: { id: string; name: string }[] }>(
        `/${resource}?ids=${chunk.join(',')}&limit=${BATCH}`,
      );
      const found = new Map(page.items.map((r) => [r.id, r.name]));
      for (const id of chunk) cache.set(`${resource}/${id}`, found.get(id) ?? null);
    } catch {
      for (const id of chunk) cache.set(`${resource}/${id}`, null);
    }
  }
};

// Another user may have another data scope.
registerSessionCache(() => cache.clear());

/** Returns a lookup `id → name`; ids not yet loaded (or out of scope) give `undefined`/`null`. */
export const useRecordNames = (
  resource: NamedResource,
  ids: readonly (string | null | undefined)[],
): ((id: string) => string | null | undefined) => {
  const [, setVersion] = useState(0);
  const missing = [...new Set(ids)].filter(
    (id): id is string => !!id && !cache.has(`${resource}/${id}`),
  );
  const missingKey = missing.join(',');

  useEffect(() => {
    if (!missingKey) return;
    let live = true;
    void load(resource, missingKey.split(',')).then(() => {
      if (live) setVersion((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [resource, missingKey]);

  return (id: string) => cache.get(`${resource}/${id}`);
};
