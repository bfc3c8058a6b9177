/**
 * What a preview or backtest reports for one policy: leads per rep and their share against the
 * rep's weight share, leads a rep was passed over for because a cap was reached, SLA expiries
 * the replayed history shows, and how many leads ended in each outcome.
 */
import type { RoutingDecision } from './decision.ts';

const CAP_CODES: ReadonlySet<string> = new Set(['cap_day', 'cap_week', 'cap_month', 'cap_open']);

export type RepFigures = { count: number; share: number; capHits: number; slaExpiries: number };

export type ReplayedLead = {
  readonly decision: RoutingDecision;
  /** Replayed history: who owned the lead in fact, and when that rep first followed it up. */
  readonly actual?: {
    readonly at: Date;
    readonly ownerRepId: string | null;
    readonly firstTouchAt: Date | null;
  };
};

function missedSla(lead: ReplayedLead, slaMinutes: number, now: Date): boolean {
  const { decision, actual } = lead;
  if (!actual || decision.outcome !== 'assigned' || decision.repId !== actual.ownerRepId) {
    return false;
  }
  const due = actual.at.getTime() + slaMinutes * 60_000;
  return actual.firstTouchAt === null ? due <= now.getTime() : actual.firstTouchAt.getTime() > due;
}

export function repFigures(
  repIds: readonly string[],
  leads: readonly ReplayedLead[],
  sla: { firstTouchMinutes: number } | null,
  now: Date,
): Map<string, RepFigures> {
  const zero = (): RepFigures => ({ count: 0, share: 0, capHits: 0, slaExpiries: 0 });
  const figures = new Map<string, RepFigures>(repIds.map((id) => [id, zero()]));
  const of = (id: string) => {
    const f = figures.get(id) ?? zero();
    figures.set(id, f);
    return f;
  };
  let assigned = 0;
  for (const lead of leads) {
    const { decision } = lead;
    if (decision.outcome === 'duplicate') continue;
    for (const c of decision.candidates) {
      if (c.status === 'rejected' && CAP_CODES.has(c.code)) of(c.repId).capHits += 1;
    }
    if (decision.outcome !== 'assigned') continue;
    assigned += 1;
    const f = of(decision.repId);
    f.count += 1;
    if (sla && missedSla(lead, sla.firstTouchMinutes, now)) f.slaExpiries += 1;
  }
  for (const f of figures.values()) f.share = assigned === 0 ? 0 : f.count / assigned;
  return figures;
}

export function outcomeTotals(decisions: readonly RoutingDecision[]): Record<string, number> {
  const totals: Record<string, number> = { assigned: 0, duplicate: 0, held: 0, pooled: 0 };
  for (const d of decisions) totals[d.outcome] = (totals[d.outcome] ?? 0) + 1;
  return totals;
}
