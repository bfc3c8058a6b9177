/** A reporting period given as business dates, as the instants the counting rules compare with. */
import { dayNumber, type LocalDate, startOfLocalDate } from '../shared/calendar.ts';

const parse = (iso: string): LocalDate => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
};

const nextDay = (date: LocalDate): LocalDate => {
  const d = new Date((dayNumber(date) + 1) * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/**
 * From 00:00 of the first day to 00:00 after the last day (both dates included) in the
 * workspace's time zone: [from, to). An opportunity won at 00:00 the day after is not counted.
 */
export function periodInstants(
  firstDay: string,
  lastDay: string,
  timeZone: string,
): { from: Date; to: Date } {
  return {
    from: startOfLocalDate(parse(firstDay), timeZone),
    to: startOfLocalDate(nextDay(parse(lastDay)), timeZone),
  };
}

/** Days in the period, both ends included (0 or less when the last day is before the first). */
export function periodDays(firstDay: string, lastDay: string): number {
  return dayNumber(parse(lastDay)) - dayNumber(parse(firstDay)) + 1;
}
