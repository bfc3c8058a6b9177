/**
 * `allot simulate`: replays a scenario in a fresh workspace on a virtual clock, through the same
 * use cases the server runs (intake, activities, closing, rep changes, manual assignment, held
 * lead retries), and reports every outcome with its explanation and the final state.
 */
import type { RoutingDecision } from '../../domain/routing/decision.ts';
import type { PolicyDocument } from '../../domain/routing/policy-document.ts';
import { renderExplanation } from '../../domain/routing/render-explanation.ts';
import { isoInZone } from '../../domain/shared/calendar.ts';
import type { Locale } from '../../domain/shared/vocabulary.ts';
import type { Actor } from '../actor.ts';
import { type Issue, validationError } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { explanationNames } from '../routing/explanation-names.ts';
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
  if (scenario.routing?.sla !== undefined)
    issues.push({
      path: 'routing.sla',
      message: 'SLA timers are not available in this version of simulate',
    });
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
  const retryMs = (scenario.routing?.holdRetryMinutes ?? 60) * 60_000;
  const results: ResultEntry[] = [];

  const runDueRetries = async (until: Date) => {
    for (;;) {
      const next = await deps.stores.routing.oldestHeld(actor.workspace.id);
      if (next === null) return;
      const due = new Date(next.lastDecisionAt.getTime() + retryMs);
      if (due > until) return;
      deps.clock.set(due);
      const retried = await retryHeldLead(deps, actor, next.leadId);
      if (retried === null) return;
      const text = await explain(deps, actor, retried.decision);
      const lead = ids.back.get(next.leadId) ?? next.leadId;
      results.push(
        leadResult(
          { seq: null, at: isoInZone(due, timeZone), lead, retry: true },
          retried.decision,
          text,
          ids,
        ),
      );
    }
  };

  for (const [seq, event] of scenario.events.entries()) {
    const at = new Date(event.at);
    await runDueRetries(at);
    deps.clock.set(at);
    results.push(await applyEvent(deps, actor, ids, { seq, event }));
  }
  const lastAt = scenario.events.at(-1)?.at;
  await runDueRetries(new Date(scenario.until ?? lastAt ?? scenario.start));
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
