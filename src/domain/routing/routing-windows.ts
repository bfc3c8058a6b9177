import { windowStart } from '../shared/calendar.ts';
import type { CountWindow } from './policy.ts';

/** Starts of the business day, ISO week and month, and of the policy's count window. */
export type RoutingWindows = { day: Date; week: Date; month: Date; counts: Date };

/** The windows a rep's load is counted in at `at`, in the workspace's business time zone. */
export function routingWindows(
  at: Date,
  timeZone: string,
  countWindow: CountWindow,
): RoutingWindows {
  return {
    day: windowStart(at, timeZone, 'day'),
    week: windowStart(at, timeZone, 'week'),
    month: windowStart(at, timeZone, 'month'),
    counts: windowStart(at, timeZone, countWindow),
  };
}
