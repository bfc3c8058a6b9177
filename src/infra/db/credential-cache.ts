/**
 * Resolved API tokens, kept for a moment so that an integration posting many requests does not
 * read its token, user and workspace for each one. Any change to users, API tokens or workspaces
 * made by this process forgets them all at once; a change made by another server process on the
 * same PostgreSQL database is seen within `CREDENTIAL_TTL_MS`.
 */
import type { ApiTokenRecord } from '../../domain/records/types.ts';

export const CREDENTIAL_TTL_MS = 2_000;
const MAX_ENTRIES = 10_000;

type Entry<T> = { row: T; until: number };
const entries = new Map<string, Entry<{ token: ApiTokenRecord }>>();

export function cachedToken<T extends { token: ApiTokenRecord }>(tokenHash: string): T | undefined {
  const entry = entries.get(tokenHash);
  if (entry === undefined || entry.until < Date.now()) return undefined;
  return entry.row as T;
}

export function rememberToken(tokenHash: string, row: { token: ApiTokenRecord }): void {
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(tokenHash, { row, until: Date.now() + CREDENTIAL_TTL_MS });
}

/** A token's use was recorded: the kept copy says so too. */
export function touchedToken(id: string, at: Date): void {
  for (const entry of entries.values()) {
    if (entry.row.token.id === id)
      entry.row = { ...entry.row, token: { ...entry.row.token, lastUsedAt: at } };
  }
}

/** Users, tokens or workspaces changed: nothing kept is trusted any more. */
export function forgetCredentials(): void {
  entries.clear();
}
