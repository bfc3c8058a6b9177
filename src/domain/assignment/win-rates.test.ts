import { describe, expect, it } from 'vitest';
import { segmentOf, winRates } from './win-rates.ts';

describe('win rates', () => {
  const rates = winRates([
    { repId: 'A', teamId: 'T', segment: 'industry:制造', won: 8, closed: 10 },
    { repId: 'B', teamId: 'T', segment: 'industry:制造', won: 1, closed: 10 },
    { repId: 'C', teamId: 'T', segment: 'industry:零售', won: 1, closed: 1 },
  ]);

  it('shrinks a rep’s own rate toward the team’s in the segment', () => {
    // team 制造: (9 + 1) / (20 + 2) = 10/22; A: (8 + 5 · 10/22) / (10 + 5)
    expect(rates({ id: 'A', teamId: 'T' }, 'industry:制造')).toBeCloseTo(
      (8 + (5 * 10) / 22) / 15,
      12,
    );
    expect(rates({ id: 'B', teamId: 'T' }, 'industry:制造')).toBeCloseTo(
      (1 + (5 * 10) / 22) / 15,
      12,
    );
  });

  it('reads a rep with no history as the team rate, and an unknown segment as an even chance', () => {
    expect(rates({ id: 'C', teamId: 'T' }, 'industry:制造')).toBeCloseTo(10 / 22, 12);
    expect(rates({ id: 'Z', teamId: 'X' }, 'industry:金融')).toBe(0.5);
  });

  it('takes the industry as the segment, else the region', () => {
    expect(segmentOf({ industry: '制造', region: '上海' })).toBe('industry:制造');
    expect(segmentOf({ industry: null, region: '上海' })).toBe('region:上海');
    expect(segmentOf({})).toBe('*');
  });
});
