import type { RoutingDecision } from '../../domain/routing/decision.ts';
import type { PolicyDocument } from '../../domain/routing/policy-document.ts';
import type { Locale, RoutingOutcome } from '../../domain/shared/vocabulary.ts';
import type { Actor } from '../actor.ts';
import type { Stores } from '../ports.ts';
import { getRecord } from '../records/get-record.ts';
import { leadResource } from '../resources/lead-resource.ts';
import { entryText, explanationNames } from './explanation-names.ts';

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
  /** The reader's language; the user's own when absent. */
  locale: Locale = actor.user.locale,
): Promise<RoutingStep[]> {
  const { stores } = deps;
  await getRecord(deps, actor, leadResource, leadId);
  const workspaceId = actor.workspace.id;
  const [history, versions] = await Promise.all([
    stores.routing.history(workspaceId, leadId),
    stores.routingPolicies.versions(workspaceId),
  ]);
  const documents = new Map(versions.map((v) => [v.version, v.document as PolicyDocument]));
  const decisionOf = (step: (typeof history)[number]) =>
    step.decision as unknown as RoutingDecision;
  const versionOf = new Map(history.map((step) => [decisionOf(step), step.policyVersion ?? -1]));
  const decisions = history.filter((step) => step.outcome !== 'sla_expired').map(decisionOf);
  const names = await explanationNames(
    stores,
    workspaceId,
    decisions,
    (d) => documents.get(versionOf.get(d) ?? -1),
    history.map((step) => step.repId),
  );
  return history.map((step) => {
    const decision = decisionOf(step);
    const text = entryText(step, names(decision), locale);
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
