/**
 * Turning what was counted into a metric's value, per rep and summed over teams or the
 * workspace. Amounts and counts add up; a rate is recombined from its summed numerator and
 * denominator (never an average of rates), and below its minimum denominator it has no value.
 */
import { subtreeIds, type TreeNode } from '../shared/tree.ts';
import type { ActualsGrouping } from '../shared/vocabulary.ts';
import type { CountingRule, MetricDefinition } from './metric.ts';

/** What one unit counted: amounts and counts in `numerator`; rates also in `denominator`. */
export type Tally = { readonly numerator: number; readonly denominator: number };
export type RepTally = Tally & { readonly repId: string };

export type UnitActual = {
  readonly unit: ActualsGrouping;
  /** The rep or team; null for the workspace. */
  readonly id: string | null;
  readonly numerator: number;
  /** Rates only. */
  readonly denominator: number | null;
  /** Null for a rate whose denominator is below the rule's minimum. */
  readonly value: number | null;
};

/** The fewest items a rate needs in its denominator (1 for rules that are not rates). */
export function minimumDenominator(rule: CountingRule): number {
  if (rule.kind === 'lead_conversion') return rule.minLeads;
  if (rule.kind === 'account_score') return rule.minAccounts;
  return 1;
}

/** Conversion is shown in percent; an average score in the score's own scale. */
export function rateScale(rule: CountingRule): number {
  return rule.kind === 'lead_conversion' ? 100 : 1;
}

/** Rounds half away from zero to `precision` decimals. */
export function roundTo(value: number, precision: number): number {
  const f = 10 ** precision;
  return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
}

/**
 * numerator × scale ÷ denominator at the metric's precision, or null when the denominator is
 * below the minimum (a rate over two leads says nothing) or zero.
 */
export function rateValue(
  tally: Tally,
  minDenominator: number,
  scale: number,
  precision: number,
): number | null {
  if (tally.denominator <= 0 || tally.denominator < minDenominator) return null;
  return roundTo((tally.numerator * scale) / tally.denominator, precision);
}

/** The value a unit reports for the metric. */
export function metricValue(
  metric: Pick<MetricDefinition, 'kind' | 'rule' | 'precision'>,
  tally: Tally,
): number | null {
  if (metric.kind !== 'rate') return tally.numerator;
  return rateValue(
    tally,
    minimumDenominator(metric.rule),
    rateScale(metric.rule),
    metric.precision,
  );
}

const sum = (tallies: readonly Tally[]): Tally => ({
  numerator: tallies.reduce((s, t) => s + t.numerator, 0),
  denominator: tallies.reduce((s, t) => s + t.denominator, 0),
});

export type ActualsOrg = {
  readonly teams: readonly TreeNode[];
  readonly reps: readonly { readonly id: string; readonly teamId: string | null }[];
};

/**
 * Actuals per unit from the reps' tallies. A team sums the reps now in it or in a team below
 * it, among the tallied reps (the caller tallies only the reps the reader may see); teams
 * without such a rep are left out. The workspace sums every tallied rep. Units keep the order
 * of the tallies (reps) or of `org.teams` (teams).
 */
export function groupActuals(
  metric: Pick<MetricDefinition, 'kind' | 'rule' | 'precision'>,
  tallies: readonly RepTally[],
  grouping: ActualsGrouping,
  org: ActualsOrg,
): UnitActual[] {
  const isRate = metric.kind === 'rate';
  const unit = (kind: ActualsGrouping, id: string | null, t: Tally): UnitActual => ({
    unit: kind,
    id,
    numerator: t.numerator,
    denominator: isRate ? t.denominator : null,
    value: metricValue(metric, t),
  });
  if (grouping === 'rep') return tallies.map((t) => unit('rep', t.repId, t));
  if (grouping === 'workspace') return [unit('workspace', null, sum(tallies))];
  const teamOfRep = new Map(org.reps.map((r) => [r.id, r.teamId]));
  const out: UnitActual[] = [];
  for (const team of org.teams) {
    const teams = subtreeIds(org.teams, [team.id]);
    const members = tallies.filter((t) => {
      const teamId = teamOfRep.get(t.repId);
      return teamId != null && teams.has(teamId);
    });
    if (members.length > 0) out.push(unit('team', team.id, sum(members)));
  }
  return out;
}
