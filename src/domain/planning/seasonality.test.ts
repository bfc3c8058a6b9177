import { describe, expect, it } from 'vitest';
import { seasonWeights, splitBySeason, subPeriodLabels } from './seasonality.ts';

describe('sub-periods', () => {
  it('labels months and quarters by the calendar, across a year end', () => {
    const months = subPeriodLabels('2026-01-01', '2026-12-31', 'month');
    expect(months).toHaveLength(12);
    expect([months[0], months[11]]).toEqual(['2026-01', '2026-12']);
    expect(subPeriodLabels('2025-11-15', '2026-02-10', 'month')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(subPeriodLabels('2026-01-01', '2026-12-31', 'quarter')).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect(subPeriodLabels('2025-11-15', '2026-02-10', 'quarter')).toEqual(['2025-Q4', '2026-Q1']);
  });

  it('keeps the whole period as one, labelled start/end', () => {
    expect(subPeriodLabels('2026-01-01', '2026-06-30', 'none')).toEqual(['2026-01-01/2026-06-30']);
  });
});

describe('seasonality', () => {
  it('normalises the weights, flat by default', () => {
    expect(seasonWeights([2, 3, 5], 3)).toEqual([0.2, 0.3, 0.5]);
    expect(seasonWeights(undefined, 4)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('splits a unit’s steps so the sub-periods sum exactly to its target', () => {
    // 555.56 in cents × [0.2, 0.25, 0.25, 0.3] = 11111.2, 13889, 13889, 16666.8 → Q4 takes the cent.
    expect(splitBySeason(55556, [0.2, 0.25, 0.25, 0.3])).toEqual([11111, 13889, 13889, 16667]);
    // Even months: 100 over 12 → the first four months get the extra step.
    const months = splitBySeason(100, seasonWeights(null, 12));
    expect(months).toEqual([9, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8]);
  });
});
