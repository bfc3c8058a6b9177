import { randomUUID } from 'node:crypto';
import type { LeadRecord } from '../../domain/records/types.ts';
import type { RoutingDecision } from '../../domain/routing/decision.ts';
import { conditionFields } from '../../domain/routing/lead-fields.ts';
import { companyDomainOf, type LeadKeys, leadKeys } from '../../domain/routing/matching-keys.ts';
import { CLOSED_LEAD_OWNER_DAYS } from '../../domain/routing/pick-matches.ts';
import { type PolicyDocument, policyFromDocument } from '../../domain/routing/policy-document.ts';
import { renderExplanation } from '../../domain/routing/render-explanation.ts';
import { replayRouting } from '../../domain/routing/replay-routing.ts';
import { routingWindows } from '../../domain/routing/routing-windows.ts';
import { type Actor, visibleRepsOf } from '../actor.ts';
import { auditRow } from '../audit.ts';
import { Issues } from '../errors.ts';
import { type Notice, routingNotices, sendToReps } from '../notifications/notify-routing.ts';
import type {
  AppDeps,
  LeadWrite,
  NewAssignment,
  NewOwnerHistory,
  RoutingRepRow,
  Stores,
} from '../ports.ts';
import { leadResource } from '../resources/lead-resource.ts';
import { explanationNames } from './explanation-names.ts';
import { decisionRows, outcomeValues } from './record-decision.ts';

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

export type IntakeRequest = {
  readonly actor: Actor;
  readonly input: LeadIntake;
  /** When the lead arrived, if it waited to be taken in with others. */
  readonly receivedAt?: Date;
};
export type IntakeAnswer = { ok: true; result: IntakeResult } | { ok: false; error: unknown };

/** A lead of the batch that is new: its id, checked values and who sent it. */
type Fresh = {
  index: number;
  id: string;
  /** Its own instant: leads of a batch are one after another, as in the routing log. */
  at: Date;
  actor: Actor;
  values: LeadWrite;
  keys: LeadKeys;
};

/** The lead first taken in with this external id, and its latest decision (a retried post). */
export async function repeatedIntake(stores: Stores, lead: LeadRecord): Promise<IntakeResult> {
  const [last] = await stores.routing.history(lead.workspaceId, lead.id);
  const decision = (last?.decision as RoutingDecision | undefined) ?? null;
  return { lead, decision, text: null, ignored: true };
}

/** Each lead's checked values; with `atomic` the first lead with problems stops the batch. */
async function checked(
  stores: Stores,
  requests: readonly IntakeRequest[],
  indexes: readonly number[],
  atOf: ReadonlyMap<number, Date>,
  atomic: boolean,
  answers: IntakeAnswer[],
): Promise<Fresh[]> {
  const visibleOf = new Map<string, Awaited<ReturnType<typeof visibleRepsOf>>>();
  const fresh: Fresh[] = [];
  for (const index of indexes) {
    const { actor, input } = requests[index]!;
    const now = atOf.get(index)!;
    let visible = visibleOf.get(actor.user.id);
    if (visible === undefined) {
      visible = await visibleRepsOf(stores, actor);
      visibleOf.set(actor.user.id, visible);
    }
    const ctx = { stores, actor, visible, now, issues: new Issues() };
    const values = await leadResource.prepareCreate(ctx, { ...input, ownerRepId: null });
    try {
      ctx.issues.throwIfAny();
    } catch (error) {
      if (atomic) throw error;
      answers[index] = { ok: false, error };
      continue;
    }
    fresh.push({ index, id: randomUUID(), at: now, actor, values, keys: leadKeys(values) });
  }
  return fresh;
}

/** Routes the fresh leads in order, each on the routing state the ones before it left. */
async function route(
  stores: Stores,
  fresh: readonly Fresh[],
  document: PolicyDocument,
): Promise<{ decisions: RoutingDecision[]; reps: RoutingRepRow[] }> {
  const { workspace } = fresh[0]!.actor;
  const now = fresh[0]!.at;
  const policy = policyFromDocument(document);
  const reps = await stores.routing.reps(
    workspace.id,
    routingWindows(now, workspace.timezone, policy.countWindow),
  );
  const teams = await stores.teams.all(workspace.id);
  const found = await stores.intake.matching(
    workspace.id,
    fresh.map((f) => ({ ...f.keys, domain: companyDomainOf(f.keys.emailKey) })),
    new Date(now.getTime() - CLOSED_LEAD_OWNER_DAYS * 86_400_000),
  );
  const steps = replayRouting(
    { policy, timeZone: workspace.timezone, reps, teams },
    fresh.map((f) => ({
      ref: f.id,
      at: f.at,
      fields: conditionFields(f.values),
      keys: f.keys,
      found,
    })),
  );
  return { decisions: steps.map((s) => s.decision), reps };
}

/**
 * Takes in leads of one workspace in the order given and routes them by the published policy,
 * all in one transaction: each lead, its owner, routing-log entry, owner history, audit row and
 * notices commit together or not at all. Routing is serialised per workspace, and each lead is
 * decided on the load the leads before it left, so concurrent intake can neither double-assign
 * nor overrun a cap. A repeated external id answers with the lead created the first time.
 *
 * With `atomic`, a lead with problems refuses the whole batch; otherwise only its own answer is
 * an error and the others are taken in.
 */
export async function takeInLeads(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  requests: readonly IntakeRequest[],
  options: { atomic: boolean },
): Promise<IntakeAnswer[]> {
  if (requests.length === 0) return [];
  const now = deps.clock.now();
  const workspaceId = requests[0]!.actor.workspace.id;
  return deps.transact(async (stores) => {
    await stores.routing.lock(workspaceId);
    const answers: IntakeAnswer[] = new Array(requests.length);
    // Retried posts: the lead taken in before under the same external id, or earlier in this batch.
    const externalIds = requests.flatMap((r) => (r.input.externalId ? [r.input.externalId] : []));
    const before = new Map(
      (await stores.intake.takenBefore(workspaceId, externalIds)).map((l) => [l.externalId, l]),
    );
    const firstIn = new Map<string, number>();
    const repeats: [number, number][] = [];
    const newIndexes: number[] = [];
    for (const [index, { input }] of requests.entries()) {
      const external = input.externalId ?? null;
      const taken = external === null ? undefined : before.get(external);
      if (taken) answers[index] = { ok: true, result: await repeatedIntake(stores, taken) };
      else if (external !== null && firstIn.has(external))
        repeats.push([index, firstIn.get(external)!]);
      else {
        if (external !== null) firstIn.set(external, index);
        newIndexes.push(index);
      }
    }
    // Each lead its own instant, in arrival order, so that round robin and the routing log tell
    // apart leads taken in together, as they would leads taken in one after another.
    const atOf = new Map<number, Date>();
    let last = Number.NEGATIVE_INFINITY;
    for (const index of newIndexes) {
      const at = Math.max(requests[index]!.receivedAt?.getTime() ?? now.getTime(), last + 1);
      atOf.set(index, new Date(at));
      last = at;
    }
    const fresh = await checked(stores, requests, newIndexes, atOf, options.atomic, answers);
    if (fresh.length > 0) {
      const published = (await stores.routingPolicies.current(workspaceId)).published;
      const document = published?.document as PolicyDocument | undefined;
      const routed = published && document ? await route(stores, fresh, document) : null;
      const log: NewAssignment[] = [];
      const owners: NewOwnerHistory[] = [];
      const lastAssigned = new Map<string, Date>();
      const notices: Notice[] = [];
      const repOf = new Map(routed?.reps.map((r) => [r.id, r]) ?? []);
      const rows = fresh.map((f, k) => {
        const decision = routed?.decisions[k];
        if (decision === undefined || !published) return { ...f.values, id: f.id };
        const entry = {
          leadId: f.id,
          leadName: f.values.name,
          decision,
          policyVersion: published.version,
          at: f.at,
          retry: false,
        };
        const { log: logged, owner } = decisionRows(f.actor, entry);
        log.push(logged);
        if (owner) owners.push(owner);
        if (logged.repId !== null) lastAssigned.set(logged.repId, f.at);
        notices.push(
          ...routingNotices(
            entry,
            decision.outcome === 'assigned' ? (repOf.get(decision.repId) ?? null) : null,
          ),
        );
        return { ...f.values, ...outcomeValues(decision, f.at), id: f.id };
      });
      const stored = await stores.intake.write(workspaceId, {
        leads: rows,
        log,
        owners,
        lastAssigned: [...lastAssigned].map(([repId, at]) => ({ repId, at })),
      });
      await stores.audit.append(
        fresh.map((f, k) =>
          auditRow(f.actor, {
            action: 'create',
            entity: 'lead',
            entityId: f.id,
            after: stored[k],
            at: f.at,
          }),
        ),
      );
      await sendToReps(stores, workspaceId, notices);
      const texts = routed
        ? await explain(stores, fresh, routed.decisions, document!)
        : fresh.map(() => null);
      fresh.forEach((f, k) => {
        answers[f.index] = {
          ok: true,
          result: {
            lead: stored[k]!,
            decision: routed?.decisions[k] ?? null,
            text: texts[k] ?? null,
            ignored: false,
          },
        };
      });
    }
    for (const [index, first] of repeats) {
      const answer = answers[first]!;
      answers[index] = answer.ok
        ? { ok: true, result: { ...answer.result, ignored: true } }
        : answer;
    }
    return answers;
  });
}

/** Each decision explained in the language of the one who sent the lead. */
async function explain(
  stores: Stores,
  fresh: readonly Fresh[],
  decisions: readonly RoutingDecision[],
  document: PolicyDocument,
): Promise<string[]> {
  const batchNames = new Map(fresh.map((f) => [f.id, f.values.name]));
  const names = await explanationNames(
    stores,
    fresh[0]!.actor.workspace.id,
    decisions,
    () => document,
    [],
    batchNames,
  );
  return decisions.map((d, k) => renderExplanation(d, fresh[k]!.actor.user.locale, names(d)));
}
