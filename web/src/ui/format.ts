/** Display formats: times in the workspace's time zone, money from minor units, dates. */

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

const dateTimeFormat = (timeZone: string): Intl.DateTimeFormat => {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    dateTimeFormats.set(timeZone, format);
  }
  return format;
};

const partsOf = (date: Date, timeZone: string): Record<string, string> =>
  Object.fromEntries(
    dateTimeFormat(timeZone)
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );

/** `2025-03-31 23:30` in the given time zone (the same shape in every language). */
export const formatDateTime = (iso: string | null | undefined, timeZone: string): string => {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = partsOf(date, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
};

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

const relativeFormat = (locale: string): Intl.RelativeTimeFormat => {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
    relativeFormats.set(locale, format);
  }
  return format;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Older instants are shown as a date and time rather than "n days ago". */
const RELATIVE_DAYS = 7;

/**
 * How long ago, for recent instants: `justNow` under a minute (a little clock skew included),
 * then `5分钟前` / `5 minutes ago`, hours, days; from a week on (or in the future) the same as
 * `formatDateTime`.
 */
export const formatRelative = (
  iso: string | null | undefined,
  options: { timeZone: string; locale: string; justNow: string; now?: Date },
): string => {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const elapsed = (options.now ?? new Date()).getTime() - date.getTime();
  if (elapsed < -MINUTE || elapsed >= RELATIVE_DAYS * DAY) {
    return formatDateTime(iso, options.timeZone);
  }
  const format = relativeFormat(options.locale);
  if (elapsed < MINUTE) return options.justNow;
  if (elapsed < HOUR) return format.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return format.format(-Math.floor(elapsed / HOUR), 'hour');
  return format.format(-Math.floor(elapsed / DAY), 'day');
};

/** Today's date (`YYYY-MM-DD`) in the given time zone. */
export const todayIn = (timeZone: string, now: Date = new Date()): string => {
  const p = partsOf(now, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
};

/** Whole days from `from` to `to`, both `YYYY-MM-DD`. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Days a newcomer (新人) counts as new after the hire date. */
export const NEWCOMER_DAYS = 90;

export const isNewcomer = (hiredOn: string | null, today: string): boolean => {
  if (!hiredOn) return false;
  const days = daysBetween(hiredOn, today);
  return days >= 0 && days < NEWCOMER_DAYS;
};

/** `¥1,234.00` from minor units (分) in the workspace currency. */
export const formatMoney = (minor: number, currency = 'CNY', locale = 'zh-CN'): string => {
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
  });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
};

export const formatPercent = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : `${value}%`;
