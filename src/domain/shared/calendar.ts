/**
 * The business calendar: calendar day, ISO week (Monday first) and month of an instant in the
 * workspace's time zone. Caps, count windows, `activeDays` and day counts all use these, never
 * UTC or the server's zone.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type LocalDate = { readonly year: number; readonly month: number; readonly day: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date of `at` in `timeZone`. */
export function localDate(at: Date, timeZone: string): LocalDate {
  const parts = formatter(timeZone).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian; no time zone involved). */
export function dayNumber(date: LocalDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

export function isoDate(date: LocalDate): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Monday = 0 … Sunday = 6. */
function weekdayIndex(date: LocalDate): number {
  return (dayNumber(date) + 3) % 7; // 1970-01-01 was a Thursday
}

export function weekdayOf(at: Date, timeZone: string): Weekday {
  return WEEKDAYS[weekdayIndex(localDate(at, timeZone))]!;
}

/** Keys of the day, ISO week and month containing `at`; equal keys = same window. */
export function windowKeys(
  at: Date,
  timeZone: string,
): { day: string; week: string; month: string } {
  const date = localDate(at, timeZone);
  const monday = dayNumber(date) - weekdayIndex(date);
  return {
    day: isoDate(date),
    week: `W${monday}`,
    month: isoDate(date).slice(0, 7),
  };
}

/** Whole calendar days from `from` to `to` in the time zone (negative when `to` is earlier). */
export function elapsedDays(from: Date, to: Date, timeZone: string): number {
  return dayNumber(localDate(to, timeZone)) - dayNumber(localDate(from, timeZone));
}

/** Milliseconds the zone is ahead of UTC at `at`. */
function offsetAt(at: number, timeZone: string): number {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const p = Object.fromEntries(f.formatToParts(new Date(at)).map((x) => [x.type, Number(x.value)]));
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** The instant a calendar date begins (00:00) in the time zone. */
export function startOfLocalDate(date: LocalDate, timeZone: string): Date {
  const guess = Date.UTC(date.year, date.month - 1, date.day);
  const first = guess - offsetAt(guess, timeZone);
  return new Date(guess - offsetAt(first, timeZone));
}

/** When the business day, ISO week (Monday) or month containing `at` began. */
export function windowStart(at: Date, timeZone: string, window: 'day' | 'week' | 'month'): Date {
  const date = localDate(at, timeZone);
  if (window === 'month') return startOfLocalDate({ ...date, day: 1 }, timeZone);
  if (window === 'day') return startOfLocalDate(date, timeZone);
  const monday = new Date((dayNumber(date) - weekdayIndex(date)) * 86_400_000);
  return startOfLocalDate(
    { year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate() },
    timeZone,
  );
}

/** `2026-03-02T10:05:00+08:00`: the instant written in the time zone's local time and offset. */
export function isoInZone(at: Date, timeZone: string): string {
  const offset = offsetAt(at.getTime(), timeZone);
  const local = new Date(at.getTime() + offset).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset) / 60_000;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}
