/** Date pickers work in the browser's zone; these pin picked days to the workspace's zone. */
import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Start of the picked day in `timeZone`, as an ISO timestamp. */
export const startOfDayIn = (day: Dayjs, timeZone: string): string =>
  dayjs.tz(day.format('YYYY-MM-DD'), timeZone).toISOString();

/** Start of the day after the picked day in `timeZone` (an exclusive upper bound). */
export const endOfDayIn = (day: Dayjs, timeZone: string): string =>
  dayjs.tz(day.add(1, 'day').format('YYYY-MM-DD'), timeZone).toISOString();

export const toDay = (date: string | null | undefined): Dayjs | null => (date ? dayjs(date) : null);

export const fromDay = (day: Dayjs | null | undefined): string | null =>
  day ? day.format('YYYY-MM-DD') : null;

/** A timestamp as a picker value shown in the workspace's wall-clock time. */
export const toZonedDateTime = (iso: string, timeZone: string): Dayjs =>
  dayjs(dayjs(iso).tz(timeZone).format('YYYY-MM-DDTHH:mm:ss'));

/** A picker value read as wall-clock time in the workspace's zone, as an ISO timestamp. */
export const fromZonedDateTime = (value: Dayjs, timeZone: string): string =>
  dayjs.tz(value.format('YYYY-MM-DDTHH:mm:ss'), timeZone).toISOString();
