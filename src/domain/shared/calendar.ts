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
