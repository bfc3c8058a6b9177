import type { RoutingDecision } from '../../domain/routing/decision.ts';
import type { PolicyDocument } from '../../domain/routing/policy-document.ts';
import type { ExplanationNames } from '../../domain/routing/render-explanation.ts';
import type { Stores } from '../ports.ts';

/**
 * Names that explanations show: reps by name, the lead a duplicate repeats by its contact's
 * name, and each rule's condition from the policy version that decided.
 */
export async function explanationNames(
  stores: Stores,
  workspaceId: string,
  decisions: readonly RoutingDecision[],
  document: (ruleOf: RoutingDecision) => PolicyDocument | undefined,
): Promise<(decision: RoutingDecision) => ExplanationNames> {
  const duplicateOf = [
    ...new Set(decisions.flatMap((d) => (d.outcome === 'duplicate' ? [d.of] : []))),
  ];
  const [reps, leads] = await Promise.all([
    stores.reps.list({
      workspaceId,
      filters: {},
      sort: { field: 'code', desc: false },
      limit: 10_000,
      visible: 'all',
    }),
    duplicateOf.length === 0
      ? Promise.resolve({ rows: [] })
      : stores.leads.list({
          workspaceId,
          filters: { ids: duplicateOf },
          sort: { field: 'createdAt', desc: false },
          limit: duplicateOf.length,
          visible: 'all',
        }),
  ]);
  const repNames = new Map(reps.rows.map((r) => [r.id, r.name]));
  const leadNames = new Map(leads.rows.map((l) => [l.id, l.name]));
  return (decision) => ({
    rep: (id) => repNames.get(id) ?? id,
    lead: (id) => leadNames.get(id) ?? id,
    ruleCondition: (id) => document(decision)?.rules?.find((r) => r.id === id)?.when,
  });
}
