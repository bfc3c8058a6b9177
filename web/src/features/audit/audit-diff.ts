/** Changed keys between an audit row's `before` and `after` (old → new). */

export type FieldChange = { key: string; before: unknown; after: unknown };

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Bookkeeping keys that change on every write and say nothing to the reader. */
const IGNORED = new Set(['updatedAt']);

/** Keys whose value differs, sorted; a missing side reads as `undefined`. */
export const diffRecords = (before: unknown, after: unknown): FieldChange[] => {
  const old = asRecord(before);
  const next = asRecord(after);
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])].sort();
  return keys
    .filter((key) => !IGNORED.has(key) && !same(old[key], next[key]))
    .map((key) => ({ key, before: old[key], after: next[key] }));
};

/** Compact one-line JSON for a cell; `undefined` shows as an em dash. */
export const showValue = (value: unknown): string =>
  value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
