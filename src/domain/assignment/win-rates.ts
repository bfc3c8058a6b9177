/**
 * A rep's win rate in a lead's segment (its industry, else its region), from the rep's closed
 * opportunities, shrunk toward the rep's team rate in that segment when the rep has closed few:
 * `(won + K · team) / (closed + K)`, with the team rate itself Laplace-smoothed
 * `(won + 1) / (closed + 2)` so an empty segment reads as an even chance.
 */

/** Closed opportunities of one rep in one segment (`industry:制造`, `region:上海`, `*` = all). */
export type ClosedStat = {
  readonly repId: string;
  readonly teamId: string | null;
  readonly segment: string;
  readonly won: number;
  readonly closed: number;
};

/** How many closed opportunities the team rate counts for. */
export const SHRINK_K = 5;

export function segmentOf(lead: { industry?: unknown; region?: unknown }): string {
  if (typeof lead.industry === 'string' && lead.industry !== '') return `industry:${lead.industry}`;
  if (typeof lead.region === 'string' && lead.region !== '') return `region:${lead.region}`;
  return '*';
}

export type WinRates = (rep: { id: string; teamId: string | null }, segment: string) => number;

export function winRates(stats: readonly ClosedStat[]): WinRates {
  const add = (map: Map<string, { won: number; closed: number }>, key: string, s: ClosedStat) => {
    const t = map.get(key) ?? { won: 0, closed: 0 };
    t.won += s.won;
    t.closed += s.closed;
    map.set(key, t);
  };
  const byRep = new Map<string, { won: number; closed: number }>();
  const byTeam = new Map<string, { won: number; closed: number }>();
  for (const s of stats) {
    add(byRep, `${s.repId}|${s.segment}`, s);
    add(byTeam, `${s.teamId}|${s.segment}`, s);
  }
  return (rep, segment) => {
    const team = byTeam.get(`${rep.teamId}|${segment}`) ?? { won: 0, closed: 0 };
    const teamRate = (team.won + 1) / (team.closed + 2);
    const own = byRep.get(`${rep.id}|${segment}`) ?? { won: 0, closed: 0 };
    return (own.won + SHRINK_K * teamRate) / (own.closed + SHRINK_K);
  };
}
