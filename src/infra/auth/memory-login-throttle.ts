/**
 * Failed sign-ins per key in a sliding window, held in the process. One process serves a PGlite
 * workspace; with several PostgreSQL-backed processes each keeps its own count (see
 * docs/decisions/0003-login-throttle-in-process.md).
 */
import type { LoginThrottle } from '../../app/ports.ts';

export function createLoginThrottle(options = { max: 10, windowMs: 15 * 60_000 }): LoginThrottle {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => {
    const list = (failures.get(key) ?? []).filter((t) => now - t < options.windowMs);
    if (list.length === 0) failures.delete(key);
    else failures.set(key, list);
    return list;
  };
  return {
    isBlocked(keys, now) {
      let retryAfterMs = 0;
      for (const key of keys) {
        const list = recent(key, now.getTime());
        if (list.length >= options.max) {
          retryAfterMs = Math.max(retryAfterMs, options.windowMs - (now.getTime() - list[0]!));
        }
      }
      return { blocked: retryAfterMs > 0, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) };
    },
    recordFailure(keys, now) {
      for (const key of keys) failures.set(key, [...recent(key, now.getTime()), now.getTime()]);
    },
    reset(keys) {
      for (const key of keys) failures.delete(key);
    },
  };
}
