import { describe, expect, it } from 'vitest';
import {
  elapsedDays,
  isoInZone,
  localDate,
  weekdayOf,
  windowKeys,
  windowStart,
} from './calendar.ts';

const SH = 'Asia/Shanghai';

describe('business calendar', () => {
  it('takes the day in the business time zone, not UTC', () => {
    // 2026-03-01 16:30 UTC is already March 2 in Shanghai.
    expect(localDate(new Date('2026-03-01T16:30:00Z'), SH)).toEqual({
      year: 2026,
      month: 3,
      day: 2,
    });
    expect(localDate(new Date('2026-03-01T16:30:00Z'), 'UTC')).toEqual({
      year: 2026,
      month: 3,
      day: 1,
    });
  });

  it('weeks start on Monday: Sunday night and Monday morning fall in different weeks', () => {
    const sunday = new Date('2026-03-08T23:30:00+08:00');
    const monday = new Date('2026-03-09T00:10:00+08:00');
    expect(weekdayOf(sunday, SH)).toBe('sun');
    expect(weekdayOf(monday, SH)).toBe('mon');
    expect(windowKeys(sunday, SH).week).not.toBe(windowKeys(monday, SH).week);
    expect(windowKeys(new Date('2026-03-02T09:00:00+08:00'), SH).week).toBe(
      windowKeys(sunday, SH).week,
    );
  });

  it('an ISO week spanning the new year is one window; months split', () => {
    const wed = windowKeys(new Date('2025-12-31T12:00:00+08:00'), SH);
    const thu = windowKeys(new Date('2026-01-01T12:00:00+08:00'), SH);
    expect(wed.week).toBe(thu.week);
    expect(wed.month).toBe('2025-12');
    expect(thu.month).toBe('2026-01');
  });

  it('counts whole calendar days: owned March 1, the run on March 16 sees 15', () => {
    const owned = new Date('2026-03-01T10:00:00+08:00');
    expect(elapsedDays(owned, new Date('2026-03-16T02:00:00+08:00'), SH)).toBe(15);
    expect(elapsedDays(owned, new Date('2026-03-17T02:00:00+08:00'), SH)).toBe(16);
  });
});

describe('windowStart', () => {
  const at = new Date('2026-03-04T01:30:00+08:00'); // Wednesday, 01:30 in Shanghai
  it('gives the business midnight of the day, the Monday and the 1st', () => {
    expect(windowStart(at, SH, 'day').toISOString()).toBe('2026-03-03T16:00:00.000Z');
    expect(windowStart(at, SH, 'week').toISOString()).toBe('2026-03-01T16:00:00.000Z');
    expect(windowStart(at, SH, 'month').toISOString()).toBe('2026-02-28T16:00:00.000Z');
  });

  it('follows daylight saving where the zone has it', () => {
    const ny = 'America/New_York';
    expect(windowStart(new Date('2026-03-09T15:00:00Z'), ny, 'day').toISOString()).toBe(
      '2026-03-09T04:00:00.000Z',
    );
    expect(windowStart(new Date('2026-03-07T15:00:00Z'), ny, 'day').toISOString()).toBe(
      '2026-03-07T05:00:00.000Z',
    );
  });
});

describe('isoInZone', () => {
  it('writes the local time with its offset', () => {
    expect(isoInZone(new Date('2026-03-02T02:05:00Z'), SH)).toBe('2026-03-02T10:05:00+08:00');
    expect(isoInZone(new Date('2026-03-09T15:00:00Z'), 'America/New_York')).toBe(
      '2026-03-09T11:00:00-04:00',
    );
  });
});
