/**
 * What of a plan a reader may see: administrators everything; managers the reps of their data
 * scope and the teams made only of them; reps their own targets and nothing about anyone else.
 */
import type { VisibleReps } from '../../domain/access/data-scope.ts';
import { computePlan } from '../../domain/planning/compute-plan.ts';
import { computeTopDown } from '../../domain/planning/compute-top-down.ts';
import type { PlanInput } from '../../domain/planning/plan-input.ts';
import type { PlanResult } from '../../domain/planning/plan-result.ts';
import type { Locale, PlanAllocation } from '../../domain/shared/vocabulary.ts';
import { type Actor, visibleRepsOf } from '../actor.ts';
import { AppError, validationError } from '../errors.ts';
import type { Stores } from '../ports.ts';
import { loadPlan } from './plan-state.ts';

/** Runs the calculator; a plan it cannot compute answers 400 with each problem at its path. */
export function computeOrThrow(
  input: PlanInput,
  locale: Locale,
  allocation: PlanAllocation,
): PlanResult {
  const outcome =
    allocation === 'top_down' ? computeTopDown(input, locale) : computePlan(input, locale);
  if (outcome.ok) return outcome.result;
  throw validationError(
    outcome.problems.map((p) => ({
      path: `plan.${p.path}`,
      message: p.message,
      code: 'plan_problem' as const,
    })),
  );
}

export type PlanReader = {
  readonly visible: VisibleReps;
  /** Reps see their own targets only: no roll-up, fairness or other units. */
  readonly ownOnly: boolean;
};

export async function planReaderOf(stores: Stores, actor: Actor): Promise<PlanReader> {
  const { user } = actor;
  if (user.role === 'rep')
    return { visible: new Set(user.repId === null ? [] : [user.repId]), ownOnly: true };
  return { visible: await visibleRepsOf(stores, actor), ownOnly: false };
}

/** Teams whose reps (in the team or below it, among the plan's units) are all visible. */
function visibleTeams(input: PlanInput, visible: ReadonlySet<string>): Set<string> {
  const children = new Map<string, string[]>();
  for (const t of input.teams ?? []) {
    if (t.parent) children.set(t.parent, [...(children.get(t.parent) ?? []), t.id]);
  }
  const out = new Set<string>();
  for (const team of input.teams ?? []) {
    const subtree = new Set<string>();
    const stack = [team.id];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (subtree.has(id)) continue;
      subtree.add(id);
      stack.push(...(children.get(id) ?? []));
    }
    const members = input.units.filter((u) => u.team != null && subtree.has(u.team));
    if (members.length > 0 && members.every((u) => visible.has(u.id))) out.add(team.id);
  }
  return out;
}

const pick = <V>(record: Readonly<Record<string, V>>, keep: (key: string) => boolean) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => keep(k)));

/** The input and result cut to what the reader may see. */
export function viewOfPlan(
  reader: PlanReader,
  input: PlanInput,
  result: PlanResult,
): { input: PlanInput; result: PlanResult } {
  if (reader.visible === 'all') return { input, result };
  const visible = reader.visible;
  const sees = (unit: string) => visible.has(unit);
  const teams = reader.ownOnly ? new Set<string>() : visibleTeams(input, visible);
  const viewInput: PlanInput = {
    ...input,
    teams: reader.ownOnly ? [] : (input.teams ?? []).filter((t) => teams.has(t.id)),
    units: input.units.filter((u) => sees(u.id)),
    adjustments: (input.adjustments ?? []).filter((a) => sees(a.unit)),
  };
  const viewResult: PlanResult = {
    ...result,
    targets: result.targets.filter((t) => sees(t.unit)),
    rollup: result.rollup.filter((r) => teams.has(r.team)),
    fairness: reader.ownOnly
      ? {}
      : Object.fromEntries(
          Object.entries(result.fairness).map(([metric, f]) => [
            metric,
            {
              ...f,
              difficulty: pick(f.difficulty, sees),
              relativeDifficulty: pick(f.relativeDifficulty, sees),
              flagged: f.flagged.filter(sees),
            },
          ]),
        ),
    unassigned: reader.ownOnly ? {} : result.unassigned,
    warnings: result.warnings.filter((w) =>
      w.unit !== undefined ? sees(w.unit) : !reader.ownOnly && w.units === undefined,
    ),
  };
  return { input: viewInput, result: viewResult };
}

/**
 * A plan with one of its versions (the current one unless a number is given), cut to what the
 * reader may see; reps read published versions only.
 */
export async function readableVersion(
  stores: Stores,
  actor: Actor,
  id: string,
  versionNumber: number | undefined,
) {
  const plan = await loadPlan(stores, actor, id);
  const n = versionNumber ?? plan.version;
  const version = await stores.plans.version(actor.workspace.id, plan.id, n);
  if (!version || (actor.user.role === 'rep' && version.status !== 'published'))
    throw new AppError('plan.not_found', `plan ${id} has no version ${n}`);
  const reader = await planReaderOf(stores, actor);
  return { plan, version, reader, view: viewOfPlan(reader, version.input, version.result) };
}
