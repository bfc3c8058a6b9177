/**
 * Top-down planning across the team tree: the company's target is split over the top-level
 * teams (and reps in no team), each team's share over its sub-teams and its own reps, and so on
 * down to the reps — each level by the same `computePlan`, so every number carries the terms of
 * the level that produced it. Each level splits by its own method (`levelMethods[depth]`, field
 * by field over the plan's `method`): e.g. regions by potential, teams by history.
 *
 * A team counts at its parent's level with the sums of its reps (history, potential, pipeline);
 * ramp is a rep's matter and applies among the reps of a team. A team with a target of its own
 * (`teams[].targets`) is held at it, like an adjustment, and passes it on; its parent's roll-up
 * then shows any over-assignment. Managers' adjustments apply at the rep's level.
 */
import type { Locale } from '../shared/vocabulary.ts';
import { computePlan, type PlanOutcome } from './compute-plan.ts';
import { fairnessOf } from './fairness.ts';
import {
  effectiveMethod,
  type PlanAdjustment,
  type PlanInput,
  type PlanProblem,
  type PlanTeam,
  type PlanUnit,
} from './plan-input.ts';
import type { MetricFairness, PlanResult, PlanWarning, UnitTarget } from './plan-result.ts';
import { potentialIndex } from './potential.ts';
import { rampFactor } from './ramp.ts';
import { rollUp } from './rollup.ts';
import { stepsOf } from './rounding.ts';

const addInto = (
  into: Record<string, number>,
  from: Readonly<Record<string, number>> | undefined,
) => {
  for (const [k, v] of Object.entries(from ?? {})) into[k] = (into[k] ?? 0) + v;
};

export function computeTopDown(input: PlanInput, locale: Locale = 'zh-CN'): PlanOutcome {
  // Checks the whole input once, as `allot plan` would.
  const whole = computePlan(input, locale);
  if (!whole.ok) return whole;

  const teams = input.teams ?? [];
  const teamIds = new Set(teams.map((t) => t.id));
  const childTeams = new Map<string | null, PlanTeam[]>();
  for (const t of teams) {
    const parent = t.parent && teamIds.has(t.parent) ? t.parent : null;
    childTeams.set(parent, [...(childTeams.get(parent) ?? []), t]);
  }
  const repsOf = new Map<string | null, PlanUnit[]>();
  for (const u of input.units) {
    const team = u.team && teamIds.has(u.team) ? u.team : null;
    repsOf.set(team, [...(repsOf.get(team) ?? []), u]);
  }

  // Potential as one number per rep (factor values become their index over all reps first).
  const index = potentialIndex(
    input.units.map((u) => u.potential),
    input.potentialFactors ?? {},
  );
  const potentialOf = new Map(input.units.map((u, i) => [u.id, index.values[i]!]));

  type Aggregate = {
    history: Record<string, number>;
    pipeline: Record<string, number>;
    potential: number;
    reps: number;
  };
  const aggregates = new Map<string, Aggregate>();
  const aggregate = (teamId: string): Aggregate => {
    const known = aggregates.get(teamId);
    if (known) return known;
    const sum: Aggregate = { history: {}, pipeline: {}, potential: 0, reps: 0 };
    for (const rep of repsOf.get(teamId) ?? []) {
      addInto(sum.history, rep.history);
      addInto(sum.pipeline, rep.pipeline);
      sum.potential += potentialOf.get(rep.id) ?? 0;
      sum.reps += 1;
    }
    for (const child of childTeams.get(teamId) ?? []) {
      const c = aggregate(child.id);
      addInto(sum.history, c.history);
      addInto(sum.pipeline, c.pipeline);
      sum.potential += c.potential;
      sum.reps += c.reps;
    }
    aggregates.set(teamId, sum);
    return sum;
  };

  const problems: PlanProblem[] = [];
  const targets = new Map<string, UnitTarget>();
  const warnings: PlanWarning[] = [];
  const unassigned: Record<string, number> = {};
  /** What each team was given, per metric: its own target where it has one. */
  const allocated = new Map<string, Record<string, number>>();

  const methodAt = (depth: number) => ({ ...input.method, ...(input.levelMethods?.[depth] ?? {}) });

  const split = (node: string | null, amounts: Readonly<Record<string, number>>, depth: number) => {
    const subTeams = (childTeams.get(node) ?? []).filter((t) => aggregate(t.id).reps > 0);
    const reps = repsOf.get(node) ?? [];
    if (subTeams.length + reps.length === 0) return;
    const fixedTeams: PlanAdjustment[] = [];
    for (const t of subTeams)
      for (const [metric, value] of Object.entries(t.targets ?? {}))
        fixedTeams.push({
          unit: t.id,
          metric,
          value,
          comment: locale === 'zh-CN' ? '团队目标' : 'team target',
        });
    const reached = new Set(reps.map((r) => r.id));
    const level: PlanInput = {
      ...input,
      metrics: input.metrics.map((m) => ({ ...m, target: amounts[m.id] ?? 0 })),
      method: methodAt(depth),
      teams: [],
      units: [
        ...subTeams.map((t): PlanUnit => {
          const a = aggregate(t.id);
          return {
            id: t.id,
            name: t.name ?? t.id,
            history: a.history,
            pipeline: a.pipeline,
            ...(index.any ? { potential: a.potential } : {}),
          };
        }),
        ...reps.map(
          (r): PlanUnit => ({
            ...r,
            team: null,
            ...(index.any ? { potential: potentialOf.get(r.id) ?? 0 } : {}),
          }),
        ),
      ],
      potentialFactors: {},
      adjustments: [...fixedTeams, ...(input.adjustments ?? []).filter((a) => reached.has(a.unit))],
    };
    const outcome = computePlan(level, locale);
    if (!outcome.ok) {
      const where = node === null ? 'company' : `teams.${node}`;
      for (const p of outcome.problems)
        problems.push({ path: `${where}: ${p.path}`, message: p.message });
      return;
    }
    for (const w of outcome.result.warnings) warnings.push(w);
    addInto(unassigned, outcome.result.unassigned);
    for (const t of outcome.result.targets)
      if (reached.has(t.unit)) targets.set(`${t.unit}\u0000${t.metric}`, t);
    for (const t of subTeams) {
      const given: Record<string, number> = {};
      for (const target of outcome.result.targets)
        if (target.unit === t.id) given[target.metric] = target.value;
      allocated.set(t.id, given);
      split(t.id, given, depth + 1);
    }
  };
  split(null, Object.fromEntries(input.metrics.map((m) => [m.id, m.target])), 0);
  if (problems.length > 0) return { ok: false, problems };

  const ordered: UnitTarget[] = [];
  for (const u of input.units)
    for (const m of input.metrics) {
      const t = targets.get(`${u.id}\u0000${m.id}`);
      if (t) ordered.push(t);
    }

  const metricSteps = input.metrics.map((m) => ({ id: m.id, ...stepsOf(m.precision) }));
  const rollup = rollUp(
    teams.map((t) => ({ ...t, targets: { ...(allocated.get(t.id) ?? {}), ...(t.targets ?? {}) } })),
    input.units.map((u) => u.team),
    metricSteps.map((m) => ({ id: m.id, fromSteps: m.fromSteps })),
    metricSteps.map((m) =>
      input.units.map((u) =>
        Math.round(m.toSteps(targets.get(`${u.id}\u0000${m.id}`)?.value ?? 0)),
      ),
    ),
  );

  const fairness: Record<string, MetricFairness> = {};
  if (index.any)
    input.metrics.forEach((m, k) => {
      const curve = effectiveMethod(input, k).rampCurve;
      const f = fairnessOf(
        input.units.map((u) => u.id),
        input.units.map((u) => targets.get(`${u.id}\u0000${m.id}`)?.value ?? 0),
        index.values,
        input.units.map((u) => rampFactor(u, input.period.start, curve).factor),
      );
      if (f) fairness[m.id] = f;
    });

  const result: PlanResult = {
    format: 'allot.plan-result/1',
    targets: ordered,
    rollup,
    fairness,
    unassigned,
    warnings,
  };
  return { ok: true, result };
}
