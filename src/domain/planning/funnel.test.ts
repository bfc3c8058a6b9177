import { describe, expect, it } from 'vitest';
import { funnelNeeds } from './funnel.ts';

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
