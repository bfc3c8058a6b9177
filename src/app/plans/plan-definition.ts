/**
 * What a manager chooses for a plan — period, sub-periods, metrics with company targets and
 * methods — checked whole against the workspace's catalogue before anything is computed.
 */
import type { MetricRecord } from '../../domain/metrics/metric.ts';
import type { PlanMethod } from '../../domain/planning/plan-input.ts';
import {
  opensPeriod,
  type PlanMetricRecord,
  type PlanRecord,
  periodEndOf,
} from '../../domain/planning/stored-plan.ts';
import type { WorkspaceRecord } from '../../domain/records/types.ts';
import type {
  HistoryBase,
  PlanAllocation,
  PlanPeriodKind,
  PlanSubPeriod,
} from '../../domain/shared/vocabulary.ts';
import { Issues } from '../errors.ts';
import { loadCatalogue } from '../metrics/catalogue.ts';
import type { Stores } from '../ports.ts';

/**
 * The ramp curve of new hires when a plan names none: a quarter of a full target in the first
 * month after hire, half in the second, three quarters in the third, full from the fourth.
 */
export const DEFAULT_RAMP_CURVE: readonly number[] = [0.25, 0.5, 0.75, 1];

/**
 * Weights of the territory potential factors when a plan names none: customers count most,
 * market maturity and brand strength less, competition counts against.
 */
export const DEFAULT_POTENTIAL_FACTORS: Readonly<Record<string, number>> = {
  customers: 0.6,
  maturity: 0.2,
  brand: 0.2,
  competition: -0.2,
};

export type PlanMetricChoice = {
  /** Metric id or key. */
  readonly metric: string;
  readonly target: number;
  readonly method?: PlanMethod | undefined;
  readonly historyBase?: HistoryBase | undefined;
  readonly teamTargets?: Readonly<Record<string, number>> | undefined;
};

export type PlanChoice = {
  readonly periodKind: PlanPeriodKind;
  readonly periodStart: string;
  readonly split?: PlanSubPeriod | undefined;
  readonly seasonality?: readonly number[] | null | undefined;
  readonly allocation?: PlanAllocation | undefined;
  readonly method?: PlanMethod | undefined;
  readonly levelMethods?: readonly (PlanMethod | null)[] | undefined;
  readonly potentialFactors?: Readonly<Record<string, number>> | undefined;
  readonly metrics: readonly PlanMetricChoice[];
};

export type ResolvedMetric = Pick<
  PlanMetricRecord,
  'target' | 'method' | 'historyBase' | 'teamTargets'
> & {
  readonly metric: MetricRecord;
};

/** A plan's definition, checked: what its record holds of it, with its metrics resolved. */
export type ResolvedPlan = Pick<
  PlanRecord,
  | 'periodKind'
  | 'periodStart'
  | 'periodEnd'
  | 'split'
  | 'seasonality'
  | 'allocation'
  | 'method'
  | 'levelMethods'
  | 'potentialFactors'
> & { readonly metrics: ResolvedMetric[] };

/**
 * Checks the choice whole: the start opens a year, quarter or month; each metric exists, is
 * an amount or a count (rates are not split between reps), appears once, and names only
 * existing teams in its team targets.
 */
export async function resolvePlanChoice(
  stores: Stores,
  workspace: WorkspaceRecord,
  choice: PlanChoice,
): Promise<ResolvedPlan> {
  const issues = new Issues();
  if (!opensPeriod(choice.periodKind, choice.periodStart))
    issues.add(
      'periodStart',
      `${choice.periodStart} does not open a ${choice.periodKind}`,
      'plan_period_start',
      { kind: choice.periodKind },
    );
  const catalogue = await loadCatalogue(stores, workspace);
  const teamIds = new Set((await stores.teams.all(workspace.id)).map((t) => t.id));
  const seen = new Set<string>();
  const metrics: ResolvedMetric[] = [];
  choice.metrics.forEach((m, i) => {
    const metric = catalogue.find((c) => c.id === m.metric || c.key === m.metric);
    if (!metric) {
      issues.add(`metrics.${i}.metric`, `unknown metric ${m.metric}`, 'unknown_reference', {
        id: m.metric,
      });
      return;
    }
    if (metric.kind === 'rate')
      issues.add(
        `metrics.${i}.metric`,
        `${metric.key} is a rate; a rate target is not divided between reps`,
        'plan_metric_rate',
      );
    if (seen.has(metric.id))
      issues.add(`metrics.${i}.metric`, `${metric.key} is listed twice`, 'plan_metric_repeated');
    seen.add(metric.id);
    for (const teamId of Object.keys(m.teamTargets ?? {}))
      if (!teamIds.has(teamId))
        issues.add(
          `metrics.${i}.teamTargets.${teamId}`,
          `unknown team ${teamId}`,
          'unknown_reference',
          {
            id: teamId,
          },
        );
    metrics.push({
      metric,
      target: m.target,
      method: m.method ?? null,
      historyBase: m.historyBase ?? 'same_period_last_year',
      teamTargets: { ...(m.teamTargets ?? {}) },
    });
  });
  issues.throwIfAny();
  return {
    periodKind: choice.periodKind,
    periodStart: choice.periodStart,
    periodEnd: periodEndOf(choice.periodKind, choice.periodStart),
    split: choice.split ?? 'month',
    seasonality: choice.seasonality ? [...choice.seasonality] : null,
    allocation: choice.allocation ?? 'direct',
    method: { rampCurve: DEFAULT_RAMP_CURVE, ...(choice.method ?? {}) },
    levelMethods: [...(choice.levelMethods ?? [])],
    potentialFactors: { ...(choice.potentialFactors ?? DEFAULT_POTENTIAL_FACTORS) },
    metrics,
  };
}
