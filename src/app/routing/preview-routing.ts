import type { RoutingDecision } from '../../domain/routing/decision.ts';
import type { RoutingRep } from '../../domain/routing/policy.ts';
import {
  type PolicyDocument,
  policyFromDocument,
  type SlaPolicy,
} from '../../domain/routing/policy-document.ts';
import { outcomeTotals, repFigures } from '../../domain/routing/preview-figures.ts';
import { renderExplanation } from '../../domain/routing/render-explanation.ts';
import { replayRouting } from '../../domain/routing/replay-routing.ts';
import { routingWindows } from '../../domain/routing/routing-windows.ts';
import type { Locale } from '../../domain/shared/vocabulary.ts';
import { type Actor, requireManager } from '../actor.ts';
import { AppError, Issues } from '../errors.ts';
import type { AppDeps, Stores } from '../ports.ts';
import { checkPolicy } from './check-policy.ts';
import { explanationNames } from './explanation-names.ts';
import { givenLeads, historyLeads, type PreviewLead } from './preview-leads.ts';
import type { LeadIntake } from './take-in-leads.ts';

export type PreviewInput = {
  policy?: PolicyDocument | undefined;
  leads?: readonly LeadIntake[] | undefined;
  lastDays?: number | undefined;
  locale?: Locale | undefined;
};

type Run = { reps: RoutingRep[]; decisions: RoutingDecision[]; sla: SlaPolicy | null };

/** One policy replayed over the leads, from the reps' load at the first lead's time. */
async function replay(
  stores: Stores,
  actor: Actor,
  document: PolicyDocument,
  leads: readonly PreviewLead[],
  start: { at: Date; historic: boolean },
): Promise<Run> {
  const tz = actor.workspace.timezone;
  const policy = policyFromDocument(document);
  const reps = await stores.routing.reps(
    actor.workspace.id,
    routingWindows(start.at, tz, policy.countWindow),
    start.historic ? start.at : undefined,
  );
  const teams = await stores.teams.all(actor.workspace.id);
  const steps = replayRouting({ policy, timeZone: tz, reps, teams }, leads);
  return { reps, decisions: steps.map((s) => s.decision), sla: policy.sla };
}

const outcomeOf = (d: RoutingDecision) => ({
  outcome: d.outcome,
  repId: d.outcome === 'assigned' ? d.repId : null,
  ruleId: d.outcome === 'duplicate' ? null : d.ruleId,
  method: d.outcome === 'assigned' ? d.method : null,
});

/** A lead changes when it would end differently or with someone else, whatever rule said so. */
const sameOutcome = (a: RoutingDecision, b: RoutingDecision) =>
  a.outcome === b.outcome && outcomeOf(a).repId === outcomeOf(b).repId;

/**
 * Replays leads under a draft policy and under the published one on a copy of the routing
 * state, writing nothing: given leads as if taken in now, or the last N days' leads at their
 * own times from the load the reps carried then. For managers and admins; the draft (the
 * saved one when none is given) is checked as a save would check it.
 */
export async function previewRouting(
  deps: Pick<AppDeps, 'stores' | 'clock'>,
  actor: Actor,
  input: PreviewInput,
) {
  requireManager(actor, 'routing previews');
  const issues = new Issues();
  if ((input.leads === undefined) === (input.lastDays === undefined)) {
    issues.add('lastDays', 'give either leads or lastDays, not both', 'choose_one', {
      other: 'leads',
    });
  }
  issues.throwIfAny();
  const { stores } = deps;
  const workspaceId = actor.workspace.id;
  const now = deps.clock.now();
  const current = await stores.routingPolicies.current(workspaceId);
  const draft = input.policy ?? (current.draft?.document as PolicyDocument | undefined);
  if (draft === undefined) throw new AppError('routing.no_draft', 'there is no draft to preview');
  await checkPolicy(stores, workspaceId, draft);
  const published = (current.published?.document as PolicyDocument | undefined) ?? null;

  const from =
    input.lastDays === undefined ? null : new Date(now.getTime() - input.lastDays * 86_400_000);
  const { leads, truncated } =
    from === null
      ? { leads: await givenLeads(stores, workspaceId, input.leads ?? [], now), truncated: false }
      : await historyLeads(stores, workspaceId, from, now);
  const start = { at: leads[0]?.at ?? now, historic: from !== null };
  const draftRun = await replay(stores, actor, draft, leads, start);
  const publishedRun =
    published === null ? null : await replay(stores, actor, published, leads, start);

  const documentOf = new Map<RoutingDecision, PolicyDocument>([
    ...draftRun.decisions.map((d) => [d, draft] as const),
    ...(publishedRun?.decisions ?? []).map((d) => [d, published as PolicyDocument] as const),
  ]);
  const names = await explanationNames(
    stores,
    workspaceId,
    [...documentOf.keys()],
    (d) => documentOf.get(d),
    [],
    new Map(leads.filter((l) => l.leadId === null).map((l) => [l.ref, l.name])),
  );
  const locale = input.locale ?? actor.user.locale;
  const explained = (d: RoutingDecision) => ({
    ...outcomeOf(d),
    text: renderExplanation(d, locale, names(d)),
  });
  const changed = (i: number) =>
    publishedRun !== null && !sameOutcome(draftRun.decisions[i]!, publishedRun.decisions[i]!);

  const figures = (run: Run) =>
    repFigures(
      run.reps.filter((r) => r.active).map((r) => r.id),
      leads.map((lead, i) => ({
        decision: run.decisions[i]!,
        ...(lead.actual ? { actual: lead.actual } : {}),
      })),
      run.sla,
      now,
    );
  const draftFigures = figures(draftRun);
  const publishedFigures = publishedRun === null ? null : figures(publishedRun);
  const weights = new Map(draftRun.reps.map((r) => [r.id, r.weight]));
  const totalWeight = draftRun.reps.filter((r) => r.active).reduce((a, r) => a + r.weight, 0);
  const active = new Set(draftRun.reps.filter((r) => r.active).map((r) => r.id));
  const none = { count: 0, share: 0, capHits: 0, slaExpiries: 0 };
  const repIds = [...new Set([...draftFigures.keys(), ...(publishedFigures?.keys() ?? [])])];
  const repNames = await stores.reps.names(workspaceId, repIds);

  return {
    from,
    to: from === null ? null : now,
    truncated,
    items: leads.map((lead, i) => ({
      leadId: lead.leadId,
      name: lead.name,
      at: lead.at,
      draft: explained(draftRun.decisions[i]!),
      published: publishedRun === null ? null : explained(publishedRun.decisions[i]!),
      changed: changed(i),
    })),
    reps: repIds.map((repId) => ({
      repId,
      name: repNames.get(repId) ?? repId,
      weight: weights.get(repId) ?? 0,
      weightShare:
        totalWeight === 0 || !active.has(repId) ? 0 : (weights.get(repId) ?? 0) / totalWeight,
      draft: draftFigures.get(repId) ?? none,
      published: publishedFigures === null ? null : (publishedFigures.get(repId) ?? none),
    })),
    totals: {
      leads: leads.length,
      changed: leads.filter((_, i) => changed(i)).length,
      draft: outcomeTotals(draftRun.decisions),
      published: publishedRun === null ? null : outcomeTotals(publishedRun.decisions),
    },
  };
}
