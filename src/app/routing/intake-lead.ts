import type { LeadRecord } from '../../domain/records/types.ts';
import { decide } from '../../domain/routing/decide.ts';
import type { RoutingDecision } from '../../domain/routing/decision.ts';
import { leadKeys } from '../../domain/routing/matching-keys.ts';
import { type PolicyDocument, policyFromDocument } from '../../domain/routing/policy-document.ts';
import { renderExplanation } from '../../domain/routing/render-explanation.ts';
import { type Actor, actorUserId, visibleRepsOf } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { Issues } from '../errors.ts';
import type { AppDeps, LeadWrite, Stores } from '../ports.ts';
import { leadResource } from '../resources/lead-resource.ts';
import { explanationNames } from './explanation-names.ts';
import { loadRoutingContext } from './load-routing-context.ts';

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

function outcomeValues(decision: RoutingDecision, now: Date): Partial<LeadWrite> {
  switch (decision.outcome) {
    case 'assigned':
      return {
        ownerRepId: decision.repId,
        status: 'assigned',
        ownedSince: now,
        ...(decision.matched?.record.kind === 'account'
          ? { accountId: decision.matched.record.id }
          : {}),
      };
    case 'duplicate':
      return { status: 'closed', closeResult: 'invalid', closedAt: now };
    case 'held':
      return { status: 'held' };
    case 'pooled':
      return { status: 'pooled' };
    default: {
      const never: never = decision;
      throw new Error(`unknown outcome ${JSON.stringify(never)}`);
    }
  }
}

async function explain(
  stores: Stores,
  actor: Actor,
  decision: RoutingDecision,
  document: PolicyDocument,
) {
  const names = await explanationNames(stores, actor.workspace.id, [decision], () => document);
  return renderExplanation(decision, actor.user.locale, names(decision));
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
      const existing = await stores.routing.findByExternalId(workspaceId, input.externalId);
      if (existing) {
        const [last] = await stores.routing.history(workspaceId, existing.id);
        return {
          lead: existing,
          decision: (last?.decision as RoutingDecision | undefined) ?? null,
          text: null,
          ignored: true,
        };
      }
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
        lead: { ...values },
        keys: leadKeys(values),
      });
      decision = decide(routing);
      lead = await stores.leads.insert(workspaceId, { ...values, ...outcomeValues(decision, now) });
      await stores.routing.record({
        workspaceId,
        leadId: lead.id,
        repId: decision.outcome === 'assigned' ? decision.repId : null,
        outcome: decision.outcome,
        ruleId: decision.outcome === 'duplicate' ? null : decision.ruleId,
        method: decision.outcome === 'assigned' ? decision.method : null,
        policyVersion: published.version,
        decision: decision as unknown as Record<string, unknown>,
        retry: false,
        at: now,
      });
      if (decision.outcome === 'assigned') {
        await stores.routing.setLastAssigned(workspaceId, decision.repId, now);
        await stores.ownerHistory.append({
          workspaceId,
          entity: 'lead',
          entityId: lead.id,
          fromRepId: null,
          toRepId: decision.repId,
          at: now,
          byUserId: actorUserId(actor),
          reason: `routing:${decision.method}${decision.ruleId ? `:${decision.ruleId}` : ''}`,
        });
      }
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
