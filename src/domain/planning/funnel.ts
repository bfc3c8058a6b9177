/**
 * Funnel back-calculation (step 8 of the plan): the activities an amount target needs —
 * deals to win, opportunities to open, leads to work, visits to make — each rounded up,
 * because half a deal does not exist and a plan that falls short by a rounding is no plan.
 */
import type { Funnel } from './plan-input.ts';
import type { FunnelNeeds } from './plan-result.ts';

/** ⌈x⌉ that ignores float noise: 600 / 50 is 12 deals, not 13. */
const ceil = (x: number) => Math.max(0, Math.ceil(x - 1e-9 * Math.max(1, Math.abs(x))));

export function funnelNeeds(amount: number, funnel: Funnel): FunnelNeeds {
  const wonDeals = ceil(amount / funnel.avgDeal);
  const opportunities = ceil(wonDeals / funnel.winRate);
  return {
    wonDeals,
    opportunities,
    leads: ceil(opportunities / funnel.oppPerLead),
    visits: ceil(opportunities * funnel.visitsPerOpp),
  };
}

/** What a workspace's history says of its funnel over a past period. */
export type FunnelHistory = {
  readonly wonAmount: number;
  readonly won: number;
  readonly lost: number;
  readonly leads: number;
  readonly opportunities: number;
  readonly visits: number;
};

/**
 * The funnel a history shows — average won deal, win rate of closed opportunities,
 * opportunities per lead, visits per opportunity — or null when it is too thin to say (no deal
 * won, no lead or no opportunity in the period).
 */
export function funnelFromHistory(h: FunnelHistory): Funnel | null {
  if (h.won === 0 || h.leads === 0 || h.opportunities === 0 || h.wonAmount <= 0) return null;
  return {
    avgDeal: h.wonAmount / h.won,
    winRate: h.won / (h.won + h.lost),
    oppPerLead: h.opportunities / h.leads,
    visitsPerOpp: h.visits / h.opportunities,
  };
}
