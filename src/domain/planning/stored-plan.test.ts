import { describe, expect, it } from 'vitest';
import { addMonths, historyPeriod, opensPeriod, periodEndOf } from './stored-plan.ts';

describe('plan periods', () => {
  it.each([
    ['year', '2026-01-01', '2026-12-31'],
    ['quarter', '2026-10-01', '2026-12-31'],
    ['quarter', '2028-01-01', '2028-03-31'],
    ['month', '2028-02-01', '2028-02-29'],
    ['month', '2026-02-01', '2026-02-28'],
  ] as const)('a %s from %s ends on %s', (kind, start, end) => {
    expect(periodEndOf(kind, start)).toBe(end);
  });

  it.each([
    ['year', '2026-01-01', true],
    ['year', '2026-04-01', false],
    ['quarter', '2026-07-01', true],
    ['quarter', '2026-08-01', false],
    ['month', '2026-08-01', true],
    ['month', '2026-08-02', false],
  ] as const)('a %s opens on %s: %s', (kind, start, opens) => {
    expect(opensPeriod(kind, start)).toBe(opens);
  });

  it('shifts dates by months, keeping the month’s last day', () => {
    expect(addMonths('2028-02-29', -12)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
  });

  it('reads history a year before, or over the 12 months before the start', () => {
    expect(historyPeriod('same_period_last_year', '2026-04-01', '2026-06-30')).toEqual({
      from: '2025-04-01',
      to: '2025-06-30',
    });
    expect(historyPeriod('same_period_last_year', '2028-02-01', '2028-02-29')).toEqual({
      from: '2027-02-01',
      to: '2027-02-28',
    });
    expect(historyPeriod('trailing_12_months', '2026-04-01', '2026-06-30')).toEqual({
      from: '2025-04-01',
      to: '2026-03-31',
    });
  });
});
