/** Result entries of `allot.simulation-result/1`, with scenario ids in place of database ids. */
import type { RoutingDecision } from '../../domain/routing/decision.ts';
import type { IdMaps } from './setup-scenario.ts';

export type ResultEntry = Record<string, unknown> & {
  seq: number | null;
  at: string;
  event: string;
};

/** The result of routing one lead: outcome, rep, rule, method, candidates, rules tried, match. */
export function leadResult(
  base: { seq: number | null; at: string; lead: string; retry?: boolean },
  decision: RoutingDecision,
  text: string,
  ids: IdMaps,
): ResultEntry {
  const scenarioId = (id: string) => ids.back.get(id) ?? id;
  const entry: ResultEntry = {
    seq: base.seq,
    at: base.at,
    event: 'lead',
    lead: base.lead,
    outcome: decision.outcome,
  };
  if (base.retry) entry.retry = true;
  if (decision.outcome === 'duplicate') {
    return { ...entry, of: scenarioId(decision.of), matchedBy: decision.matchedBy, text };
  }
  if (decision.outcome === 'assigned') {
    entry.rep = scenarioId(decision.repId);
    entry.rule = decision.ruleId;
    entry.method = decision.method;
    if (decision.matched) {
      entry.matchedBy = decision.matched.matchedBy;
      const key = decision.matched.record.kind === 'account' ? 'account' : 'matchedLead';
      entry[key] = scenarioId(decision.matched.record.id);
    }
  } else {
    entry.rule = decision.ruleId;
    if (decision.outcome === 'pooled') entry.pool = decision.poolId;
  }
  entry.candidates = decision.candidates.map((c) =>
    c.status === 'rejected'
      ? { rep: scenarioId(c.repId), status: c.status, code: c.code }
      : { rep: scenarioId(c.repId), status: c.status },
  );
  if (decision.outcome !== 'assigned' || decision.rules.length > 0) {
    entry.rules = decision.rules.map((r) => ({ rule: r.ruleId, result: r.result }));
  }
  if (decision.ownerSkipped) {
    entry.ownerSkipped = {
      rep: scenarioId(decision.ownerSkipped.repId),
      reason: decision.ownerSkipped.reason,
      matchedBy: decision.ownerSkipped.matchedBy,
    };
  }
  if (decision.warnings.length > 0) entry.warnings = decision.warnings;
  entry.text = text;
  return entry;
}
