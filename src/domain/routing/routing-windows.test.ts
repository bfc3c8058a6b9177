import { describe, expect, it } from 'vitest';
import { routingWindows } from './routing-windows.ts';

describe('routingWindows', () => {
  it('starts day, ISO week and month at local midnight in the business time zone', () => {
    // Tuesday 2026-03-03 07:30 in Shanghai.
    const at = new Date('2026-03-02T23:30:00Z');
    expect(routingWindows(at, 'Asia/Shanghai', 'week')).toEqual({
      day: new Date('2026-03-02T16:00:00Z'),
      week: new Date('2026-03-01T16:00:00Z'),
      month: new Date('2026-02-28T16:00:00Z'),
      counts: new Date('2026-03-01T16:00:00Z'),
    });
    expect(routingWindows(at, 'UTC', 'month').counts).toEqual(new Date('2026-03-01T00:00:00Z'));
  });
});
