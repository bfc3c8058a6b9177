import { describe, expect, it } from 'vitest';
import { funnelFromHistory, funnelNeeds } from './funnel.ts';

const funnel = { avgDeal: 50, winRate: 0.25, oppPerLead: 0.3, visitsPerOpp: 3 };

describe('funnelNeeds', () => {
  it('back-calculates deals, opportunities, leads and visits, each rounded up', () => {
    // ⌈555.56/50⌉ = 12; ⌈12/0.25⌉ = 48; ⌈48/0.3⌉ = 160; ⌈48·3⌉ = 144.
    expect(funnelNeeds(555.56, funnel)).toEqual({
      wonDeals: 12,
      opportunities: 48,
      leads: 160,
      visits: 144,
    });
  });

  it('does not round an exact quotient up because of float noise', () => {
    // 600/50 = 12 deals, 12/0.25 = 48; 0.3·(…)— 0.9/0.3 is 3.0000000000000004 in floats.
    expect(funnelNeeds(600, funnel).wonDeals).toBe(12);
    expect(
      funnelNeeds(45, { avgDeal: 50, winRate: 1, oppPerLead: 1 / 3, visitsPerOpp: 0.1 }),
    ).toEqual({
      wonDeals: 1,
      opportunities: 1,
      leads: 3,
      visits: 1,
    });
  });

  it('needs nothing for a zero target', () => {
    expect(funnelNeeds(0, funnel)).toEqual({ wonDeals: 0, opportunities: 0, leads: 0, visits: 0 });
  });
});

describe('funnelFromHistory', () => {
  it('reads the funnel off a past period', () => {
    expect(
      funnelFromHistory({
        wonAmount: 1_000_000,
        won: 20,
        lost: 60,
        leads: 400,
        opportunities: 100,
        visits: 250,
      }),
    ).toEqual({ avgDeal: 50_000, winRate: 0.25, oppPerLead: 0.25, visitsPerOpp: 2.5 });
  });

  it('says nothing when no deal was won or nothing was opened', () => {
    const base = { wonAmount: 500, won: 1, lost: 1, leads: 10, opportunities: 5, visits: 0 };
    expect(funnelFromHistory({ ...base, won: 0, wonAmount: 0 })).toBeNull();
    expect(funnelFromHistory({ ...base, leads: 0 })).toBeNull();
    expect(funnelFromHistory({ ...base, opportunities: 0 })).toBeNull();
    expect(funnelFromHistory(base)?.visitsPerOpp).toBe(0);
  });
});
