import type { LeadRecord } from '../../domain/records/types.ts';
import { decide } from '../../domain/routing/decide.ts';
import type { RoutingDecision } from '../../domain/routing/decision.ts';
import { conditionFields } from '../../domain/routing/lead-fields.ts';
import { leadKeys } from '../../domain/routing/matching-keys.ts';
import { type PolicyDocument, policyFromDocument } from '../../domain/routing/policy-document.ts';
import { renderExplanation } from '../../domain/routing/render-explanation.ts';
import { type Actor, visibleRepsOf } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { Issues } from '../errors.ts';
import type { AppDeps, LeadWrite, Stores } from '../ports.ts';
import { leadResource } from '../resources/lead-resource.ts';
import { explanationNames } from './explanation-names.ts';
import { loadRoutingContext } from './load-routing-context.ts';
import { outcomeValues, recordDecision } from './record-decision.ts';

export type LeadIntake = Omit<Partial<LeadWrite>, 'ownerRepId' | 'status'> & { name: string };

export type IntakeResult = {
  lead: LeadRecord;
  /** Null when the workspace has no published routing policy: the lead waits as `new`. */
  decision: RoutingDecision | null;
  /** The explanation in the actor's language. */
  text: string | null;
  /** The external id was taken before: nothing new was created. */
  ignored: boolean;
};

async function explain(
  stores: Stores,
  actor: Actor,
  decision: RoutingDecision,
  document: PolicyDocument,
) {
  const names = await explanationNames(stores, actor.workspace.id, [decision], () => document);
  return renderExplanation(decision, actor.user.locale, names(decision));
}

/** The lead first taken in with this external id, and its latest decision (a retried post). */
export async function alreadyTaken(
  stores: Stores,
  workspaceId: string,
  externalId: string,
): Promise<IntakeResult | null> {
  const existing = await stores.routing.findByExternalId(workspaceId, externalId);
  if (existing === null) return null;
  const [last] = await stores.routing.history(workspaceId, existing.id);
  const decision = (last?.decision as RoutingDecision | undefined) ?? null;
  return { lead: existing, decision, text: null, ignored: true };
}

/**
 * Takes in a lead and routes it by the published policy, in one transaction: the lead, its
 * owner, the routing log entry and the audit row commit together or not at all. Routing is
 * serialised per workspace so concurrent intake can neither double-assign nor overrun a cap.
 * A repeated external id returns the lead created the first time (idempotent intake).
 */
export async function intakeLead(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  input: LeadIntake,
): Promise<IntakeResult> {
  const now = deps.clock.now();
  const workspaceId = actor.workspace.id;
  return deps.transact(async (stores) => {
    await stores.routing.lock(workspaceId);
    if (input.externalId) {
      const seen = await alreadyTaken(stores, workspaceId, input.externalId);
      if (seen) return seen;
    }
    const ctx = {
      stores,
      actor,
      visible: await visibleRepsOf(stores, actor),
      now,
      issues: new Issues(),
    };
    const values = await leadResource.prepareCreate(ctx, { ...input, ownerRepId: null });
    ctx.issues.throwIfAny();
    const published = (await stores.routingPolicies.current(workspaceId)).published;
    let decision: RoutingDecision | null = null;
    let lead: LeadRecord;
    if (published === null) {
      lead = await stores.leads.insert(workspaceId, values);
    } else {
      const document = published.document as PolicyDocument;
      const routing = await loadRoutingContext(stores, {
        workspaceId,
        timeZone: actor.workspace.timezone,
        now,
        policy: policyFromDocument(document),
        lead: conditionFields(values),
        keys: leadKeys(values),
      });
      decision = decide(routing);
      lead = await stores.leads.insert(workspaceId, { ...values, ...outcomeValues(decision, now) });
      await recordDecision(stores, actor, {
        leadId: lead.id,
        leadName: lead.name,
        decision,
        policyVersion: published.version,
        at: now,
        retry: false,
      });
    }
    await writeAudit(stores, actor, {
      action: 'create',
      entity: 'lead',
      entityId: lead.id,
      after: lead,
      at: now,
    });
    const text =
      decision && published
        ? await explain(stores, actor, decision, published.document as PolicyDocument)
        : null;
    return { lead, decision, text, ignored: false };
  });
}
