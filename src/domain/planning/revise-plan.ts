/**
 * Revisions of a published plan (quota relief): from an effective date, part or all of one
 * unit's remaining target for a metric moves to other units, or leaves the plan. A rep leaves,
 * goes on leave, joins, or accounts move — the numbers before the date stay as published.
 *
 * The remaining target is what the unit holds in the sub-periods from the effective date on:
 * whole sub-periods after it, and the part of the sub-period containing it in proportion to its
 * days left. It therefore follows the seasonality of the remaining sub-periods. Receivers share
 * the moved amount in proportion to their own remaining targets (evenly when none has any) and
 * receive it over the sub-periods in the shape it was taken. With `keepTotal` the company total
 * stays; without it the metric's target falls by the moved amount. All in whole steps, so the
 * parts always sum to the whole.
 */
import type { Locale } from '../shared/vocabulary.ts';
import type { PlanInput, PlanProblem, PlanUnit } from './plan-input.ts';
import type { PeriodTarget, PlanResult, UnitTarget } from './plan-result.ts';
import { renderTargetText } from './render-plan-text.ts';
import { rollUp } from './rollup.ts';
import { largestRemainder, stepsOf } from './rounding.ts';

export type PlanRevision = {
  /** First business day the change applies to. */
  readonly effectiveFrom: string;
  readonly metric: string;
  /** The unit whose remaining target moves. */
  readonly from: string;
  /** Units receiving it; units new to the plan (a rep who joins) are given in `joining`. */
  readonly to: readonly string[];
  /** How much moves; absent = the whole remaining target. */
  readonly amount?: number | undefined;
  /** Keep the company total (receivers needed), or relieve it (no receivers). */
  readonly keepTotal: boolean;
  readonly comment: string;
};

export type RevisionOutcome =
  | {
      readonly ok: true;
      readonly input: PlanInput;
      readonly result: PlanResult;
      /** The amount moved per unit: negative for the giver, positive for receivers. */
      readonly moved: Readonly<Record<string, number>>;
    }
  | { readonly ok: false; readonly problems: readonly PlanProblem[] };

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/** First and last day (day numbers) of a sub-period label, clipped to the plan period. */
function spanOf(label: string, start: string, end: string): [number, number] {
  const first = dayOf(start);
  const last = dayOf(end);
  if (label.includes('/')) return [first, last];
  const year = Number(label.slice(0, 4));
  const [fromMonth, months] = label.includes('Q')
    ? [(Number(label.slice(6)) - 1) * 3, 3]
    : [Number(label.slice(5, 7)) - 1, 1];
  const a = Date.UTC(year, fromMonth, 1) / DAY;
  const b = Date.UTC(year, fromMonth + months, 1) / DAY - 1;
  return [Math.max(a, first), Math.min(b, last)];
}

/** The share of each sub-period still ahead on the effective date. */
export function remainingFractions(
  labels: readonly string[],
  start: string,
  end: string,
  effectiveFrom: string,
): number[] {
  const from = dayOf(effectiveFrom);
  return labels.map((label) => {
    const [a, b] = spanOf(label, start, end);
    if (from <= a) return 1;
    if (from > b) return 0;
    return (b - from + 1) / (b - a + 1);
  });
}

const prefix = (locale: Locale, day: string) =>
  locale === 'zh-CN' ? `自 ${day} 起：` : `From ${day}: `;

export function revisePlan(
  input: PlanInput,
  result: PlanResult,
  revision: PlanRevision,
  joining: readonly PlanUnit[],
  locale: Locale,
): RevisionOutcome {
  const problems: PlanProblem[] = [];
  const metricIndex = input.metrics.findIndex((m) => m.id === revision.metric);
  const metric = input.metrics[metricIndex];
  if (!metric) problems.push({ path: 'metric', message: `${revision.metric} is not in the plan` });
  if (revision.effectiveFrom < input.period.start || revision.effectiveFrom > input.period.end)
    problems.push({ path: 'effectiveFrom', message: 'outside the plan period' });
  const units = [...input.units, ...joining.filter((j) => !input.units.some((u) => u.id === j.id))];
  const known = new Set(units.map((u) => u.id));
  if (!input.units.some((u) => u.id === revision.from))
    problems.push({ path: 'from', message: `${revision.from} has no target in the plan` });
  revision.to.forEach((id, i) => {
    if (!known.has(id)) problems.push({ path: `to[${i}]`, message: `unknown unit ${id}` });
    else if (id === revision.from || revision.to.indexOf(id) !== i)
      problems.push({ path: `to[${i}]`, message: `${id} is named twice` });
  });
  if (revision.keepTotal && revision.to.length === 0)
    problems.push({ path: 'to', message: 'keeping the total needs someone to take the amount' });
  if (!revision.keepTotal && revision.to.length > 0)
    problems.push({ path: 'to', message: 'a relief without keeping the total has no receivers' });
  if (problems.length > 0 || !metric) return { ok: false, problems };

  const steps = stepsOf(metric.precision);
  const targetOf = (unit: string) =>
    result.targets.find((t) => t.unit === unit && t.metric === metric.id);
  const giver = targetOf(revision.from)!;
  const labels = giver.periods.map((p) => p.label);
  const fractions = remainingFractions(
    labels,
    input.period.start,
    input.period.end,
    revision.effectiveFrom,
  );
  const periodSteps = (t: UnitTarget | undefined) =>
    labels.map((_, k) => Math.round(steps.toSteps(t?.periods[k]?.value ?? 0)));

  // What the giver still holds from the effective date, per sub-period.
  const held = periodSteps(giver).map((s, k) => Math.floor(s * fractions[k]! + 1e-9));
  const heldTotal = held.reduce((a, b) => a + b, 0);
  const wanted =
    revision.amount === undefined ? heldTotal : Math.round(steps.toSteps(revision.amount));
  if (wanted > heldTotal)
    return {
      ok: false,
      problems: [
        {
          path: 'amount',
          message: `more than the ${steps.fromSteps(heldTotal)} left from ${revision.effectiveFrom}`,
        },
      ],
    };
  const taken =
    heldTotal === 0
      ? held.map(() => 0)
      : largestRemainder(
          held.map((h) => (h * wanted) / heldTotal),
          wanted,
        );

  // Receivers share in proportion to what they hold from the date on.
  const remainingOf = (unit: string) =>
    periodSteps(targetOf(unit)).reduce((sum, s, k) => sum + s * fractions[k]!, 0);
  const weights = revision.to.map(remainingOf);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const shares =
    revision.to.length === 0
      ? []
      : largestRemainder(
          weights.map((w) =>
            weightSum > 0 ? (w * wanted) / weightSum : wanted / revision.to.length,
          ),
          wanted,
        );

  const delta = new Map<string, number[]>();
  delta.set(
    revision.from,
    taken.map((s) => -s),
  );
  revision.to.forEach((unit, j) => {
    const share = shares[j]!;
    delta.set(
      unit,
      wanted === 0
        ? taken.map(() => 0)
        : largestRemainder(
            taken.map((s) => (s * share) / wanted),
            share,
          ),
    );
  });

  const comment = `${prefix(locale, revision.effectiveFrom)}${revision.comment}`;
  const unitName = new Map(units.map((u) => [u.id, u.name ?? u.id]));
  const split = input.period.split ?? 'month';
  const revised = (unit: string, old: UnitTarget | undefined, change: number[]): UnitTarget => {
    const before = periodSteps(old);
    const periods: PeriodTarget[] = labels.map((label, k) => ({
      label,
      value: steps.fromSteps(before[k]! + change[k]!),
    }));
    const value = steps.fromSteps(
      before.reduce((a, b) => a + b, 0) + change.reduce((a, b) => a + b, 0),
    );
    const terms = [...(old?.terms ?? []), { term: 'adjustment' as const, value, comment }];
    const text = renderTargetText(
      {
        unitName: unitName.get(unit) ?? unit,
        metricName: metric.name ?? metric.id,
        metricUnit: metric.unit,
        decimals: steps.decimals,
        split,
        value,
        terms,
        periods,
        derived: undefined,
      },
      locale,
    );
    return { unit, metric: metric.id, value, periods, terms, text };
  };

  const targets: UnitTarget[] = result.targets.map((t) =>
    t.metric === metric.id && delta.has(t.unit) ? revised(t.unit, t, delta.get(t.unit)!) : t,
  );
  for (const unit of revision.to)
    if (!targetOf(unit)) targets.push(revised(unit, undefined, delta.get(unit)!));

  const newInput: PlanInput = {
    ...input,
    units,
    metrics: input.metrics.map((m, i) =>
      i === metricIndex && !revision.keepTotal
        ? { ...m, target: steps.fromSteps(Math.round(steps.toSteps(m.target)) - wanted) }
        : m,
    ),
  };
  const ordered = newInput.metrics.map((m) => {
    const s = stepsOf(m.precision);
    return {
      id: m.id,
      fromSteps: s.fromSteps,
      steps: units.map((u) => {
        const t = targets.find((x) => x.unit === u.id && x.metric === m.id);
        return Math.round(s.toSteps(t?.value ?? 0));
      }),
    };
  });
  const rollup = rollUp(
    newInput.teams ?? [],
    units.map((u) => u.team),
    ordered,
    ordered.map((o) => o.steps),
  );
  const moved: Record<string, number> = {};
  for (const [unit, change] of delta)
    moved[unit] = steps.fromSteps(change.reduce((a, b) => a + b, 0));
  return { ok: true, input: newInput, result: { ...result, targets, rollup }, moved };
}
