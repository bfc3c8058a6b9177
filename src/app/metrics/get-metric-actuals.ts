import { groupActuals, type UnitActual } from '../../domain/metrics/actuals.ts';
import type { MetricRecord } from '../../domain/metrics/metric.ts';
import { periodDays, periodInstants } from '../../domain/metrics/period.ts';
import type { ActualsGrouping } from '../../domain/shared/vocabulary.ts';
import { type Actor, visibleRepsOf } from '../actor.ts';
import { Issues } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { loadMetric } from './catalogue.ts';

export type MetricActuals = {
  readonly metric: MetricRecord;
  /** The business dates asked for (both included) and the instants they cover: [from, to). */
  readonly period: { firstDay: string; lastDay: string; timeZone: string; from: Date; to: Date };
  readonly groupBy: ActualsGrouping;
  readonly units: (UnitActual & { name: string | null })[];
};

/**
 * A metric's actuals for a period of business dates, per rep, per team or for the workspace,
 * computed from its counting rule. Reps see only themselves; managers and admins the reps of
 * their data scope. A team sums the visible reps now in it or below it.
 */
export async function getMetricActuals(
  deps: Pick<AppDeps, 'transact'>,
  actor: Actor,
  input: { metric: string; from: string; to: string; groupBy: ActualsGrouping },
): Promise<MetricActuals> {
  const issues = new Issues();
  if (periodDays(input.from, input.to) < 1)
    issues.add('to', 'the last day comes before the first', 'period_order');
  issues.throwIfAny();
  const timeZone = actor.workspace.timezone;
  const { from, to } = periodInstants(input.from, input.to, timeZone);
  return deps.transact(async (stores) => {
    const metric = await loadMetric(stores, actor.workspace, input.metric);
    const { user } = actor;
    const visible =
      user.role === 'rep'
        ? new Set(user.repId === null ? [] : [user.repId])
        : await visibleRepsOf(stores, actor);
    const repIds = visible === 'all' ? undefined : [...visible];
    const tallies = await stores.metrics.tally(
      actor.workspace.id,
      metric.rule,
      { from, to },
      repIds,
    );
    const org = await stores.org.load(actor.workspace.id);
    const teams = await stores.teams.all(actor.workspace.id);
    const units = groupActuals(metric, tallies, input.groupBy, {
      teams: teams.map((t) => ({ id: t.id, parentId: t.parentId })),
      reps: org.reps,
    });
    const repNames =
      input.groupBy === 'rep'
        ? await stores.reps.names(
            actor.workspace.id,
            tallies.map((t) => t.repId),
          )
        : new Map<string, string>();
    const teamNames = new Map(teams.map((t) => [t.id, t.name]));
    return {
      metric,
      period: { firstDay: input.from, lastDay: input.to, timeZone, from, to },
      groupBy: input.groupBy,
      units: units.map((u) => ({
        ...u,
        name: u.id === null ? null : ((u.unit === 'rep' ? repNames : teamNames).get(u.id) ?? null),
      })),
    };
  });
}
