/**
 * Time helpers of the demo generator. The demo's business time zone is Asia/Shanghai, which
 * has had a fixed UTC+8 offset since 1991, so local dates are plain arithmetic on epoch
 * milliseconds (no Intl, no clock).
 */
import type { Prng } from './prng.ts';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const DEMO_TIMEZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * HOUR_MS;

/** The Beijing calendar date (`YYYY-MM-DD`) of an instant. */
export function beijingDate(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** Epoch ms of Beijing midnight starting the day that contains `ms`. */
export function beijingMidnight(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
}

/** Epoch ms of a Beijing date (`YYYY-MM-DD`) at the given local hour and minute. */
export function beijingAt(date: string, hour = 0, minute = 0): number {
  return Date.parse(`${date}T00:00:00Z`) - OFFSET_MS + hour * HOUR_MS + minute * MINUTE_MS;
}

/** ISO timestamp with the +08:00 offset, as users of the business time zone write it. */
export function beijingIso(ms: number): string {
  return `${new Date(ms + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** Day of week in Beijing: 0 = Sunday … 6 = Saturday. */
export function beijingWeekday(ms: number): number {
  return new Date(ms + OFFSET_MS).getUTCDay();
}

/**
 * A plausible working moment in [lo, hi]: a uniform day, moved to 09:00–18:30 local time and,
 * most of the time, off the weekend. Falls back to the uniform instant when the window is too
 * short to hold a working moment, so the result always lies within [lo, hi].
 */
export function workingMomentBetween(rng: Prng, lo: number, hi: number): number {
  if (hi <= lo) return lo;
  const raw = lo + Math.floor((rng.next() * (hi - lo)) / 1000) * 1000;
  let day = beijingMidnight(raw);
  const weekday = beijingWeekday(raw);
  if ((weekday === 0 || weekday === 6) && rng.chance(0.85)) {
    day += (weekday === 6 ? 2 : 1) * DAY_MS;
  }
  const t = day + 9 * HOUR_MS + Math.floor(rng.next() * 570) * MINUTE_MS + rng.int(0, 59) * 1000;
  return t >= lo && t <= hi ? t : raw;
}
