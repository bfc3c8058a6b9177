/**
 * The `allot.plan/1` input of a stored plan or a what-if, built from the workspace's data:
 * the active reps as units (team, hire date), history from each metric's actuals over the
 * chosen base, potential from the territories the reps cover, pipeline from open opportunities.
 */
import type { VisibleReps } from '../../domain/access/data-scope.ts';
import { periodInstants } from '../../domain/metrics/period.ts';
import { funnelFromHistory } from '../../domain/planning/funnel.ts';
import type { PlanAdjustment, PlanInput, PlanUnit } from '../../domain/planning/plan-input.ts';
import { potentialIndex } from '../../domain/planning/potential.ts';
import { historyPeriod } from '../../domain/planning/stored-plan.ts';
import type { WorkspaceRecord } from '../../domain/records/types.ts';
import type { Stores } from '../ports.ts';
import type { ResolvedPlan } from './plan-definition.ts';

export type StoredAdjustment = {
  readonly repId: string;
  readonly metricId: string;
  readonly value: number;
  readonly comment: string;
};

type Coverage = { id: string; potential: Partial<Record<string, number>>; repIds: string[] };

/**
 * The territories covered by planned reps, each with its potential index: each factor against
 * its mean over these territories, weighted by the plan's factor weights.
 */
export function coveredTerritories(
  territories: readonly Coverage[],
  unitIds: ReadonlySet<string>,
  factors: Readonly<Record<string, number>>,
): { id: string; reps: string[]; index: number }[] {
  const covered = territories
    .map((t) => ({
      id: t.id,
      potential: t.potential,
      reps: t.repIds.filter((r) => unitIds.has(r)),
    }))
    .filter((t) => t.reps.length > 0);
  const index = potentialIndex(
    covered.map((t) => {
      const values: Record<string, number> = {};
      for (const [k, v] of Object.entries(t.potential)) if (typeof v === 'number') values[k] = v;
      return values;
    }),
    factors,
  );
  return covered.map((t, i) => ({ id: t.id, reps: t.reps, index: index.values[i]! }));
}

/**
 * Each rep's potential: a territory covered by several reps shares its index equally between
 * them, and a rep carries the shares of every territory it covers. A rep covering no territory
 * has potential 0. Null when no territory is covered by a planned rep.
 */
export function repPotentials(
  territories: readonly Coverage[],
  unitIds: ReadonlySet<string>,
  factors: Readonly<Record<string, number>>,
): Map<string, number> | null {
  const covered = coveredTerritories(territories, unitIds, factors);
  if (covered.length === 0) return null;
  const out = new Map<string, number>();
  for (const t of covered) {
    const share = t.index / t.reps.length;
    for (const rep of t.reps) out.set(rep, (out.get(rep) ?? 0) + share);
  }
  return out;
}

/**
 * Builds the input for the reps in `scope` (a what-if of a manager's subtree) or every active
 * rep (a stored plan covers the company). Adjustments of reps outside the units are left out.
 */
export async function buildPlanInput(
  stores: Stores,
  workspace: WorkspaceRecord,
  plan: ResolvedPlan,
  adjustments: readonly StoredAdjustment[],
  scope: VisibleReps,
): Promise<PlanInput> {
  const allReps = await stores.plans.activeReps(workspace.id);
  const reps = scope === 'all' ? allReps : allReps.filter((r) => scope.has(r.id));
  const repIds = reps.map((r) => r.id);
  const unitIds = new Set(repIds);

  const history = new Map<string, Record<string, number>>();
  for (const { metric, historyBase } of plan.metrics) {
    const days = historyPeriod(historyBase, plan.periodStart, plan.periodEnd);
    const period = periodInstants(days.from, days.to, workspace.timezone);
    const tallies =
      repIds.length === 0
        ? []
        : await stores.metrics.tally(workspace.id, metric.rule, period, repIds);
    for (const t of tallies) {
      if (!unitIds.has(t.repId)) continue;
      const own = history.get(t.repId) ?? {};
      own[metric.key] = t.numerator;
      history.set(t.repId, own);
    }
  }

  const potentials = repPotentials(
    await stores.plans.coverage(workspace.id),
    unitIds,
    plan.potentialFactors,
  );
  const amountKeys = plan.metrics
    .filter((m) => m.metric.kind === 'amount')
    .map((m) => m.metric.key);
  const pipeline = amountKeys.length > 0 ? await stores.plans.pipeline(workspace.id) : new Map();

  const teams = await stores.teams.all(workspace.id);
  const units: PlanUnit[] = reps.map((r) => {
    const open = pipeline.get(r.id) ?? 0;
    return {
      id: r.id,
      name: r.name,
      team: r.teamId,
      hiredOn: r.hiredOn,
      history: history.get(r.id) ?? {},
      ...(potentials ? { potential: potentials.get(r.id) ?? 0 } : {}),
      pipeline: Object.fromEntries(amountKeys.map((k) => [k, open])),
    };
  });

  // The activities a revenue target needs, by the funnel of the twelve months before the plan.
  const revenue = plan.metrics.find((m) => m.metric.rule.kind === 'won_amount');
  const lastYear = historyPeriod('trailing_12_months', plan.periodStart, plan.periodEnd);
  const funnel = revenue
    ? funnelFromHistory(
        await stores.plans.funnel(
          workspace.id,
          periodInstants(lastYear.from, lastYear.to, workspace.timezone),
        ),
      )
    : null;

  const keyOf = new Map(plan.metrics.map((m) => [m.metric.id, m.metric.key]));
  const planAdjustments: PlanAdjustment[] = adjustments
    .filter((a) => unitIds.has(a.repId) && keyOf.has(a.metricId))
    .map((a) => ({
      unit: a.repId,
      metric: keyOf.get(a.metricId)!,
      value: a.value,
      comment: a.comment,
    }));

  return {
    format: 'allot.plan/1',
    period: { start: plan.periodStart, end: plan.periodEnd, split: plan.split },
    ...(plan.seasonality ? { seasonality: plan.seasonality } : {}),
    metrics: plan.metrics.map((m) => ({
      id: m.metric.key,
      name: m.metric.name,
      kind: m.metric.kind === 'amount' ? 'amount' : 'count',
      // Amounts are planned in minor units (分 for CNY).
      unit: m.metric.kind === 'amount' ? minorUnit(m.metric.unit) : m.metric.unit,
      target: m.target,
      precision: 1,
      ...(m.method ? { method: m.method } : {}),
    })),
    teams: teams.map((t) => {
      const targets: Record<string, number> = {};
      for (const m of plan.metrics) {
        const value = m.teamTargets[t.id];
        if (value !== undefined) targets[m.metric.key] = value;
      }
      return {
        id: t.id,
        name: t.name,
        parent: t.parentId,
        ...(Object.keys(targets).length > 0 ? { targets } : {}),
      };
    }),
    units,
    potentialFactors: plan.potentialFactors,
    method: plan.method,
    ...(plan.allocation === 'top_down' && plan.levelMethods.length > 0
      ? { levelMethods: plan.levelMethods }
      : {}),
    adjustments: planAdjustments,
    ...(funnel && revenue ? { funnel: { ...funnel, metric: revenue.metric.key } } : {}),
  };
}

/** The minor unit an amount is planned in: 分 for yuan, cents of other currencies. */
function minorUnit(unit: string | null): string {
  return unit === 'CNY' || unit === '元' ? '分' : `1/100 ${unit ?? ''}`.trim();
}
