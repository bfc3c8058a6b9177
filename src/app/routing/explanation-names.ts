import type { RoutingDecision } from '../../domain/routing/decision.ts';
import type { PolicyDocument } from '../../domain/routing/policy-document.ts';
import {
  type ExplanationNames,
  renderExplanation,
  renderSlaExpiry,
} from '../../domain/routing/render-explanation.ts';
import type { Locale } from '../../domain/shared/vocabulary.ts';
import type { Stores } from '../ports.ts';

/** Every rep a decision mentions: the chosen one, the candidates, the notified owner, a skipped owner. */
function repsMentioned(decision: RoutingDecision): string[] {
  if (decision.outcome === 'duplicate') return decision.notify === null ? [] : [decision.notify];
  return [
    ...(decision.outcome === 'assigned' ? [decision.repId] : []),
    ...decision.candidates.map((c) => c.repId),
    ...(decision.ownerSkipped ? [decision.ownerSkipped.repId] : []),
  ];
}

/**
 * Names that explanations show: reps by name, the lead a duplicate repeats by its contact's
 * name, and each rule's condition from the policy version that decided. Only the reps and leads
 * the decisions mention are read (`otherReps` adds reps named elsewhere, e.g. SLA expiries).
 */
export async function explanationNames(
  stores: Stores,
  workspaceId: string,
  decisions: readonly RoutingDecision[],
  document: (ruleOf: RoutingDecision) => PolicyDocument | undefined,
  otherReps: readonly (string | null)[] = [],
  /** Leads that exist only in a preview's replay, by their reference: named, not read. */
  replayed: ReadonlyMap<string, string> = new Map(),
): Promise<(decision: RoutingDecision) => ExplanationNames> {
  const repIds = [
    ...new Set([
      ...decisions.flatMap(repsMentioned),
      ...otherReps.filter((id): id is string => id !== null),
    ]),
  ];
  const duplicateOf = [
    ...new Set(
      decisions.flatMap((d) => (d.outcome === 'duplicate' && !replayed.has(d.of) ? [d.of] : [])),
    ),
  ];
  // One after another: explanations are also written inside the intake transaction.
  const repNames = await stores.reps.names(workspaceId, repIds);
  const leads =
    duplicateOf.length === 0
      ? { rows: [] }
      : await stores.leads.list({
          workspaceId,
          filters: { ids: duplicateOf },
          sort: { field: 'createdAt', desc: false },
          limit: duplicateOf.length,
          visible: 'all',
        });
  const leadNames = new Map(leads.rows.map((l) => [l.id, l.name]));
  return (decision) => ({
    rep: (id) => repNames.get(id) ?? id,
    lead: (id) => replayed.get(id) ?? leadNames.get(id) ?? id,
    ruleCondition: (id) => document(decision)?.rules?.find((r) => r.id === id)?.when,
  });
}

/** The explanation of one routing-log entry: a decision, or an SLA expiry. */
export function entryText(
  entry: { outcome: string; repId: string | null; decision: Record<string, unknown> },
  names: ExplanationNames,
  locale: Locale,
): string {
  if (entry.outcome !== 'sla_expired') {
    return renderExplanation(entry.decision as unknown as RoutingDecision, locale, names);
  }
  const action = entry.decision.action === 'notify' ? 'notify' : 'reassign';
  return renderSlaExpiry(
    { repName: names.rep(entry.repId ?? ''), minutes: Number(entry.decision.minutes ?? 0), action },
    locale,
  );
}
