/** Records leave the server as JSON: dates become ISO-8601 strings. */
export type Wire<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

export function toWire<T>(value: T): Wire<T> {
  if (value instanceof Date) return value.toISOString() as Wire<T>;
  if (Array.isArray(value)) return value.map(toWire) as Wire<T>;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key !== 'workspaceId' && key !== 'passwordHash' && key !== 'tokenHash')
        out[key] = toWire(item);
    }
    return out as Wire<T>;
  }
  return value as Wire<T>;
}
