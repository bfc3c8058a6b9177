/**
 * What the planning pages read from a plan: its shapes (from the API contracts), who may move it
 * along the workflow, how its numbers are shown, and the fairness figures drawn from a result.
 */
import type { z } from 'zod';
import type {
  PlanDetailSchema,
  PlanSchema,
  PlanVersionSummarySchema,
} from '../../../../src/contracts/plans.ts';
import type { Role } from '../../../../src/domain/shared/vocabulary.ts';

export type Plan = z.infer<typeof PlanSchema>;
export type PlanDetail = z.infer<typeof PlanDetailSchema>;
export type PlanVersion = z.infer<typeof PlanVersionSummarySchema>;
export type PlanStatus = Plan['status'];
export type PlanResult = PlanDetail['current']['result'];
export type PlanInput = PlanDetail['current']['input'];
export type PlanTarget = PlanResult['targets'][number];
export type PlanTerm = PlanTarget['terms'][number];
export type FunnelNeeds = NonNullable<PlanTarget['derived']>;
export type PlanMetricInfo = PlanDetail['metrics'][number]['metric'];

export const STATUS_COLOR: Record<PlanStatus, string> = {
  draft: 'orange',
  submitted: 'blue',
  approved: 'cyan',
  published: 'green',
};

/** The workflow moves, in the order they happen. */
export const PLAN_MOVES = ['submit', 'reopen', 'approve', 'publish'] as const;
export type PlanMove = (typeof PLAN_MOVES)[number];

const MOVE_RULES: Record<PlanMove, { from: PlanStatus; roles: readonly Role[] }> = {
  submit: { from: 'draft', roles: ['admin', 'manager'] },
  reopen: { from: 'submitted', roles: ['admin', 'manager'] },
  approve: { from: 'submitted', roles: ['admin', 'manager'] },
  publish: { from: 'approved', roles: ['admin'] },
};

/** The moves a user of this role may make on a plan in this status. */
export const movesFor = (role: Role, status: PlanStatus): PlanMove[] =>
  PLAN_MOVES.filter((move) => {
    const rule = MOVE_RULES[move];
    return rule.from === status && rule.roles.includes(role);
  });

/** Drafts are edited (recalculated, adjusted) by managers and administrators. */
export const canEditDraft = (role: Role, status: PlanStatus): boolean =>
  status === 'draft' && role !== 'rep';

/** Published targets are revised (moved between reps from a date) by managers and administrators. */
export const canRevise = (role: Role, status: PlanStatus): boolean =>
  status === 'published' && (role === 'admin' || role === 'manager');

/** Amounts are in minor units (分); the UI shows and edits them in yuan. */
export const isAmount = (metric: Pick<PlanMetricInfo, 'kind'>): boolean => metric.kind === 'amount';

export type ValueFormatter = (value: number) => string;

/** Formats a metric's value: money for amounts (from minor units), a count with its unit else. */
export const valueFormatter = (
  metric: Pick<PlanMetricInfo, 'kind' | 'unit'>,
  locale: string,
  money: (minor: number) => string,
): ValueFormatter => {
  if (isAmount(metric)) return (value) => money(Math.round(value));
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const unit = metric.unit && metric.unit !== '%' ? ` ${metric.unit}` : '';
  return (value) => `${format.format(value)}${unit}`;
};

/** `+1,234` / `−56`: a change, always signed. */
export const signed = (value: number, format: ValueFormatter): string =>
  value < 0 ? `−${format(-value)}` : `+${format(value)}`;

/** `12.5%` from a fraction. */
export const percentOf = (fraction: number, digits = 1): string =>
  `${(fraction * 100).toFixed(digits).replace(/\.0+$/, '')}%`;

/** The rep's target for a metric, if the result holds one. */
export const targetOf = (
  result: PlanResult,
  unit: string,
  metricKey: string,
): PlanTarget | undefined => result.targets.find((t) => t.unit === unit && t.metric === metricKey);

/** A rep's ramp factor below 1 marks them as still ramping up (a new hire). */
export const isRamping = (target: PlanTarget): boolean =>
  target.terms.some((term) => term.term === 'ramp' && term.value < 1);

export type FairnessPoint = {
  unit: string;
  potential: number;
  target: number;
  relative: number;
  flagged: boolean;
  ramping: boolean;
};

export type FairnessView = {
  points: FairnessPoint[];
  /** Target per unit of potential at equal difficulty (the line's slope); null without data. */
  slope: number | null;
  cv: number;
  gini: number;
  flagged: string[];
  /** Average relative difficulty of ramping (new) reps and of the others; null when none. */
  newAverage: number | null;
  veteranAverage: number | null;
};

const average = (values: number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/**
 * The fairness of one metric: each rep's target against their potential. Relative difficulty
 * is difficulty (target ÷ potential) over the average, so the equal-difficulty line has the
 * slope difficulty ÷ relative difficulty, the same for every rep.
 */
export const fairnessOf = (
  input: PlanInput,
  result: PlanResult,
  metricKey: string,
): FairnessView | null => {
  const fairness = result.fairness[metricKey];
  if (!fairness) return null;
  const flagged = new Set(fairness.flagged);
  const points: FairnessPoint[] = [];
  let slope: number | null = null;
  for (const unit of input.units) {
    const relative = fairness.relativeDifficulty[unit.id];
    const target = targetOf(result, unit.id, metricKey);
    if (relative === undefined || !target || typeof unit.potential !== 'number') continue;
    const difficulty = fairness.difficulty[unit.id];
    if (slope === null && difficulty !== undefined && relative > 0) slope = difficulty / relative;
    points.push({
      unit: unit.id,
      potential: unit.potential,
      target: target.value,
      relative,
      flagged: flagged.has(unit.id),
      ramping: isRamping(target),
    });
  }
  return {
    points,
    slope,
    cv: fairness.cv,
    gini: fairness.gini,
    flagged: fairness.flagged,
    newAverage: average(points.filter((p) => p.ramping).map((p) => p.relative)),
    veteranAverage: average(points.filter((p) => !p.ramping).map((p) => p.relative)),
  };
};

/** The first day of the year, quarter or month that holds `date` (`YYYY-MM-DD`). */
export const periodStartOf = (kind: Plan['periodKind'], year: number, month0: number): string => {
  const month = kind === 'year' ? 0 : kind === 'quarter' ? Math.floor(month0 / 3) * 3 : month0;
  return `${year}-${String(month + 1).padStart(2, '0')}-01`;
};
