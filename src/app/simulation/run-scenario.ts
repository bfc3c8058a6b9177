/**
 * `allot simulate`: replays a scenario in a fresh workspace on a virtual clock, through the same
 * use cases the server runs (intake, activities, closing, rep changes, manual assignment, held
 * lead retries, SLA expiry), and reports every outcome with its explanation and the final state.
 */
import type { RoutingDecision } from '../../domain/routing/decision.ts';
import type { PolicyDocument } from '../../domain/routing/policy-document.ts';
import { renderExplanation, renderSlaExpiry } from '../../domain/routing/render-explanation.ts';
import { isoInZone } from '../../domain/shared/calendar.ts';
import type { Locale } from '../../domain/shared/vocabulary.ts';
import type { Actor } from '../actor.ts';
import { type Issue, validationError } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { expireSla } from '../routing/expire-sla.ts';
import { explanationNames } from '../routing/explanation-names.ts';
import { nextDueWork } from '../routing/next-due-work.ts';
import { retryHeldLead } from '../routing/retry-held-lead.ts';
import { applyEvent } from './apply-event.ts';
import { finalState } from './final-state.ts';
import type { ScenarioInput } from './scenario-input.ts';
import { leadResult, type ResultEntry } from './scenario-results.ts';
import { setupScenario } from './setup-scenario.ts';

export type VirtualClock = { now(): Date; set(at: Date): void };

export type SimulationResult = {
  format: 'allot.simulation-result/1';
  results: ResultEntry[];
  final: Awaited<ReturnType<typeof finalState>>;
};

const POOL_FEATURE = 'pools (公海 / 线索池) are not available in this version of simulate';

/** What this version cannot simulate yet, as problems with their place in the file. */
export function unsupported(scenario: ScenarioInput): Issue[] {
  const issues: Issue[] = [];
  const sla = scenario.routing?.sla as { action?: string } | undefined;
  if (sla?.action?.startsWith('pool:'))
    issues.push({ path: 'routing.sla.action', message: POOL_FEATURE });
  if (scenario.pools?.length) issues.push({ path: 'pools', message: POOL_FEATURE });
  if (scenario.limits?.length)
    issues.push({ path: 'limits', message: 'holding limits arrive with the pools feature' });
  scenario.events.forEach((event, i) => {
    if (['claim', 'release', 'lock', 'unlock'].includes(event.type)) {
      issues.push({ path: `events[${i}].type`, message: `${event.type}: ${POOL_FEATURE}` });
    }
  });
  const pooled = (d: string | undefined) => d?.startsWith('pool:') === true;
  if (pooled(scenario.routing?.fallback))
    issues.push({ path: 'routing.fallback', message: POOL_FEATURE });
  scenario.routing?.rules?.forEach((rule, i) => {
    if (pooled(rule.overflow))
      issues.push({ path: `routing.rules[${i}].overflow`, message: POOL_FEATURE });
  });
  return issues;
}

export async function runScenario(
  deps: AppDeps & { clock: VirtualClock },
  scenario: ScenarioInput,
  locale: Locale,
): Promise<SimulationResult> {
  const problems = unsupported(scenario);
  if (problems.length > 0) throw validationError(problems);
  const start = new Date(scenario.start);
  deps.clock.set(start);
  const setup = await setupScenario(deps, { ...scenario, routing: scenario.routing ?? {} });
  const actor: Actor = { ...setup.actor, user: { ...setup.actor.user, locale } };
  const { ids } = setup;
  const timeZone = actor.workspace.timezone;
  const results: ResultEntry[] = [];

  /** Runs every piece of scheduled work due at or before `until`, in due order. */
  const runDueWork = async (until: Date) => {
    for (;;) {
      const due = await nextDueWork(deps.stores, actor.workspace.id);
      if (due === null || due.dueAt > until) return;
      deps.clock.set(due.dueAt);
      const at = isoInZone(due.dueAt, timeZone);
      const lead = ids.back.get(due.leadId) ?? due.leadId;
      if (due.kind === 'retry_held') {
        const retried = await retryHeldLead(deps, actor, due.leadId);
        if (retried === null) return;
        const text = await explain(deps, actor, retried.decision);
        results.push(leadResult({ seq: null, at, lead, retry: true }, retried.decision, text, ids));
        continue;
      }
      const expiry = await expireSla(deps, actor, due);
      if (expiry === null) return;
      const from = ids.back.get(expiry.from) ?? expiry.from;
      const repName = (await deps.stores.reps.get(actor.workspace.id, expiry.from))?.name ?? from;
      results.push({
        seq: null,
        at,
        event: 'sla_expired',
        lead,
        from,
        text: renderSlaExpiry(
          { repName, minutes: expiry.minutes, action: expiry.action },
          actor.user.locale,
        ),
      });
      if (expiry.decision) {
        const text = await explain(deps, actor, expiry.decision);
        results.push(leadResult({ seq: null, at, lead, retry: true }, expiry.decision, text, ids));
      }
    }
  };

  for (const [seq, event] of scenario.events.entries()) {
    const at = new Date(event.at);
    await runDueWork(at);
    deps.clock.set(at);
    results.push(await applyEvent(deps, actor, ids, { seq, event }));
  }
  const lastAt = scenario.events.at(-1)?.at;
  await runDueWork(new Date(scenario.until ?? lastAt ?? scenario.start));
  return {
    format: 'allot.simulation-result/1',
    results,
    final: await finalState(deps, actor, ids),
  };
}

async function explain(deps: AppDeps, actor: Actor, decision: RoutingDecision): Promise<string> {
  const published = (await deps.stores.routingPolicies.current(actor.workspace.id)).published;
  const names = await explanationNames(
    deps.stores,
    actor.workspace.id,
    [decision],
    () => published?.document as PolicyDocument,
  );
  return renderExplanation(decision, actor.user.locale, names(decision));
}
