/**
 * Problems of a plan input that its shape cannot show: references between its parts
 * (an adjustment for an unknown unit, a team whose parent is missing), seasonality of the
 * wrong length, values that are not whole steps of their metric's precision. Every problem
 * names its JSON path, like the shape problems of the contract, so a manager can fix the file.
 */
import type { PlanInput, PlanMethod, PlanProblem } from './plan-input.ts';
import { DEFAULT_SPLIT } from './plan-input.ts';
import { stepsOf } from './rounding.ts';
import { subPeriodLabels } from './seasonality.ts';

const SPLIT_NOUN = { month: 'month', quarter: 'quarter', none: 'whole period' } as const;

function checkMethod(method: PlanMethod | undefined, path: string, problems: PlanProblem[]): void {
  if (!method) return;
  if (method.drivers) {
    const seen = new Set<string>();
    let weights = 0;
    method.drivers.forEach((d, k) => {
      if (seen.has(d.driver))
        problems.push({
          path: `${path}.drivers[${k}].driver`,
          message: `${d.driver} is listed twice`,
        });
      seen.add(d.driver);
      weights += d.weight;
    });
    if (!(weights > 0))
      problems.push({ path: `${path}.drivers`, message: 'the weights must sum to more than 0' });
  }
  const g = method.growth;
  if (
    g &&
    g.min !== null &&
    g.min !== undefined &&
    g.max !== null &&
    g.max !== undefined &&
    g.min > g.max
  )
    problems.push({ path: `${path}.growth.max`, message: 'must not be below growth.min' });
}

function checkKeys(
  record: Readonly<Record<string, number>> | undefined,
  known: ReadonlySet<string>,
  path: string,
  what: string,
  problems: PlanProblem[],
): void {
  if (!record) return;
  for (const key of Object.keys(record))
    if (!known.has(key)) problems.push({ path: `${path}.${key}`, message: `unknown ${what}` });
}

export function validatePlan(input: PlanInput): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const split = input.period.split ?? DEFAULT_SPLIT;
  if (input.period.start > input.period.end) {
    problems.push({ path: 'period.end', message: 'must not be before period.start' });
  } else if (input.seasonality && input.seasonality.length > 0) {
    const count = subPeriodLabels(input.period.start, input.period.end, split).length;
    if (input.seasonality.length !== count)
      problems.push({
        path: 'seasonality',
        message: `needs ${count} weights, one per ${SPLIT_NOUN[split]}; got ${input.seasonality.length}`,
      });
    else if (!(input.seasonality.reduce((a, b) => a + b, 0) > 0))
      problems.push({ path: 'seasonality', message: 'the weights must sum to more than 0' });
  }

  const metricIds = new Set<string>();
  const precisionOf = new Map<string, ReturnType<typeof stepsOf>>();
  input.metrics.forEach((metric, m) => {
    if (metricIds.has(metric.id))
      problems.push({ path: `metrics[${m}].id`, message: `duplicate metric ${metric.id}` });
    metricIds.add(metric.id);
    const steps = stepsOf(metric.precision);
    precisionOf.set(metric.id, steps);
    if (!steps.isWhole(metric.target))
      problems.push({
        path: `metrics[${m}].target`,
        message: `must be a multiple of the precision ${metric.precision}`,
      });
    checkMethod(metric.method, `metrics[${m}].method`, problems);
  });
  checkMethod(input.method, 'method', problems);

  const teamIds = new Set<string>();
  const teams = input.teams ?? [];
  teams.forEach((team, t) => {
    if (teamIds.has(team.id))
      problems.push({ path: `teams[${t}].id`, message: `duplicate team ${team.id}` });
    teamIds.add(team.id);
    checkKeys(team.targets, metricIds, `teams[${t}].targets`, 'metric', problems);
  });
  const parentOf = new Map(teams.map((t) => [t.id, t.parent ?? null]));
  teams.forEach((team, t) => {
    if (team.parent && !teamIds.has(team.parent)) {
      problems.push({ path: `teams[${t}].parent`, message: `unknown team ${team.parent}` });
      return;
    }
    const seen = new Set<string>([team.id]);
    for (let p = team.parent ?? null; p !== null; p = parentOf.get(p) ?? null) {
      if (seen.has(p)) {
        problems.push({ path: `teams[${t}].parent`, message: 'teams form a cycle' });
        break;
      }
      seen.add(p);
    }
  });

  const factors = input.potentialFactors;
  const factorIds = new Set(Object.keys(factors ?? {}));
  const unitIds = new Set<string>();
  input.units.forEach((unit, i) => {
    if (unitIds.has(unit.id))
      problems.push({ path: `units[${i}].id`, message: `duplicate unit ${unit.id}` });
    unitIds.add(unit.id);
    // A unit's team is checked only when the plan lists teams; without them there is no roll-up.
    if (unit.team && input.teams && !teamIds.has(unit.team))
      problems.push({ path: `units[${i}].team`, message: `unknown team ${unit.team}` });
    checkKeys(unit.history, metricIds, `units[${i}].history`, 'metric', problems);
    checkKeys(unit.pipeline, metricIds, `units[${i}].pipeline`, 'metric', problems);
    if (typeof unit.potential === 'object' && unit.potential !== null) {
      if (!factors)
        problems.push({
          path: `units[${i}].potential`,
          message: 'factor values need potentialFactors (or give a number)',
        });
      else checkKeys(unit.potential, factorIds, `units[${i}].potential`, 'factor', problems);
    }
    if (unit.funnel && !input.funnel) {
      for (const key of ['avgDeal', 'winRate', 'oppPerLead', 'visitsPerOpp'] as const)
        if (unit.funnel[key] === undefined)
          problems.push({
            path: `units[${i}].funnel.${key}`,
            message: 'required (the plan has no funnel to take it from)',
          });
    }
  });

  const adjusted = new Set<string>();
  (input.adjustments ?? []).forEach((a, k) => {
    if (!unitIds.has(a.unit))
      problems.push({ path: `adjustments[${k}].unit`, message: `unknown unit ${a.unit}` });
    const steps = precisionOf.get(a.metric);
    if (!steps) {
      problems.push({ path: `adjustments[${k}].metric`, message: `unknown metric ${a.metric}` });
      return;
    }
    if (!steps.isWhole(a.value))
      problems.push({
        path: `adjustments[${k}].value`,
        message: `must be a multiple of the precision ${steps.precision}`,
      });
    const key = `${a.unit}\u0000${a.metric}`;
    if (adjusted.has(key))
      problems.push({
        path: `adjustments[${k}]`,
        message: `${a.unit} already has an adjustment for ${a.metric}`,
      });
    adjusted.add(key);
  });

  const funnelMetric = input.funnel?.metric;
  if (funnelMetric !== undefined) {
    const metric = input.metrics.find((m) => m.id === funnelMetric);
    if (!metric)
      problems.push({ path: 'funnel.metric', message: `unknown metric ${funnelMetric}` });
    else if (metric.kind !== 'amount')
      problems.push({ path: 'funnel.metric', message: 'must be an amount metric' });
  }
  return problems;
}
