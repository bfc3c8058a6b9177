/**
 * Lead and account stores that keep the matching keys (e-mail, phone, company) beside each row,
 * recomputed on every write from the same pure functions routing uses.
 */
import type { RecordStore } from '../../app/ports.ts';
import { accountKeys, leadKeys } from '../../domain/routing/matching-keys.ts';

type KeySource<R> = { keyFields: readonly (keyof R)[]; keys: (row: R) => Record<string, unknown> };

/** Wraps a store so inserts and updates that touch a key field also write the keys. */
export function withMatchKeys<R extends { id: string }, W>(
  store: RecordStore<R, W>,
  source: KeySource<R>,
): RecordStore<R, W> {
  return {
    ...store,
    async insert(workspaceId, values) {
      return store.insert(workspaceId, { ...values, ...source.keys(values as unknown as R) });
    },
    async update(workspaceId, id, values) {
      const touches = source.keyFields.some((f) => f in (values as object));
      if (!touches) return store.update(workspaceId, id, values);
      const current = await store.get(workspaceId, id);
      const merged = { ...current, ...values } as unknown as R;
      return store.update(workspaceId, id, { ...values, ...source.keys(merged) });
    },
  };
}

export const LEAD_KEYS = {
  keyFields: ['email', 'phone', 'company'],
  keys: (lead: { email: string | null; phone: string | null; company: string | null }) =>
    leadKeys(lead),
} as const;

export const ACCOUNT_KEYS = {
  keyFields: ['name', 'phones'],
  keys: (account: { name: string; phones: string[] }) => accountKeys(account),
} as const;
