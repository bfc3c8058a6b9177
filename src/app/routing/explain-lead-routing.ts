import type { RoutingDecision } from '../../domain/routing/decision.ts';
import type { PolicyDocument } from '../../domain/routing/policy-document.ts';
import { renderExplanation } from '../../domain/routing/render-explanation.ts';
import type { RoutingOutcome } from '../../domain/shared/vocabulary.ts';
import type { Actor } from '../actor.ts';
import type { Stores } from '../ports.ts';
import { getRecord } from '../records/get-record.ts';
import { leadResource } from '../resources/lead-resource.ts';

export type RoutingStep = {
  at: Date;
  outcome: RoutingOutcome;
  repId: string | null;
  ruleId: string | null;
  method: string | null;
  policyVersion: number | null;
  retry: boolean;
  /** "Why me": the explanation in the reader's language, from the stored trace. */
  text: string;
  decision: Record<string, unknown>;
};

/** Every routing decision made for a lead the actor may see, newest first, explained. */
export async function explainLeadRouting(
  deps: { stores: Stores },
  actor: Actor,
  leadId: string,
): Promise<RoutingStep[]> {
  const { stores } = deps;
  await getRecord(deps, actor, leadResource, leadId);
  const workspaceId = actor.workspace.id;
  const [history, versions, reps] = await Promise.all([
    stores.routing.history(workspaceId, leadId),
    stores.routingPolicies.versions(workspaceId),
    stores.reps.list({
      workspaceId,
      filters: {},
      sort: { field: 'code', desc: false },
      limit: 10_000,
      visible: 'all',
    }),
  ]);
  const names = new Map(reps.rows.map((r) => [r.id, r.name]));
  const documents = new Map(versions.map((v) => [v.version, v.document as PolicyDocument]));
  return history.map((step) => {
    const rules = documents.get(step.policyVersion ?? -1)?.rules ?? [];
    const text = renderExplanation(step.decision as unknown as RoutingDecision, actor.user.locale, {
      rep: (id) => names.get(id) ?? id,
      ruleCondition: (id) => rules.find((r) => r.id === id)?.when,
    });
    return {
      at: step.at,
      outcome: step.outcome,
      repId: step.repId,
      ruleId: step.ruleId,
      method: step.method,
      policyVersion: step.policyVersion,
      retry: step.retry,
      text,
      decision: step.decision,
    };
  });
}
