/**
 * A stored target plan: what a manager chose (period, metrics with company targets and
 * methods, adjustments) and where it stands in the workflow draft → submitted → approved →
 * published. The numbers themselves come from `computePlan` and are kept per version.
 */
import type {
  HistoryBase,
  PlanAllocation,
  PlanPeriodKind,
  PlanStatus,
  PlanSubPeriod,
} from '../shared/vocabulary.ts';
import type { PlanMethod } from './plan-input.ts';

export type PlanRecord = {
  readonly id: string;
  readonly workspaceId: string;
  readonly name: string;
  readonly periodKind: PlanPeriodKind;
  /** First and last business day, both included. */
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly split: PlanSubPeriod;
  readonly seasonality: number[] | null;
  readonly allocation: PlanAllocation;
  readonly method: PlanMethod;
  /** Top-down: the method of each level (0 = the company's split), else the plan's method. */
  readonly levelMethods: (PlanMethod | null)[];
  readonly potentialFactors: Record<string, number>;
  readonly status: PlanStatus;
  readonly version: number;
  readonly createdBy: string | null;
  readonly updatedBy: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly publishedAt: Date | null;
  readonly publishedBy: string | null;
};

export type PlanMetricRecord = {
  readonly metricId: string;
  readonly position: number;
  /** Company target; amounts in minor units. */
  readonly target: number;
  readonly method: PlanMethod | null;
  readonly historyBase: HistoryBase;
  /** Targets of teams by team id: what their reps receive is checked against them. */
  readonly teamTargets: Record<string, number>;
};

export type PlanAdjustmentRecord = {
  readonly repId: string;
  readonly metricId: string;
  readonly value: number;
  readonly comment: string;
  readonly byUserId: string | null;
  readonly at: Date;
};

/** The workflow moves a plan may make, each from exactly one status. */
export const PLAN_TRANSITIONS = {
  submit: { from: 'draft', to: 'submitted' },
  approve: { from: 'submitted', to: 'approved' },
  publish: { from: 'approved', to: 'published' },
  reopen: { from: 'submitted', to: 'draft' },
} as const satisfies Record<string, { from: PlanStatus; to: PlanStatus }>;
export type PlanTransition = keyof typeof PLAN_TRANSITIONS;

/**
 * The whole period of a plan from its kind and first day: a calendar year, quarter or month.
 * `start` must be the first day of one (checked by the caller).
 */
export function periodEndOf(kind: PlanPeriodKind, start: string): string {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  const months = kind === 'year' ? 12 : kind === 'quarter' ? 3 : 1;
  const endMonthIndex = year * 12 + (month - 1) + months; // first month after the period
  const endYear = Math.floor(endMonthIndex / 12);
  const endMonth = (endMonthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(endYear, endMonth - 1, 1) - 86_400_000);
  return lastDay.toISOString().slice(0, 10);
}

/** Whether `start` opens a period of the kind (Jan 1, the first day of a quarter or month). */
export function opensPeriod(kind: PlanPeriodKind, start: string): boolean {
  if (start.slice(8, 10) !== '01') return false;
  const month = Number(start.slice(5, 7));
  if (kind === 'year') return month === 1;
  if (kind === 'quarter') return (month - 1) % 3 === 0;
  return true;
}

/** Shifts a business date by whole months (the day is kept, or the month's last day). */
export function addMonths(day: string, months: number): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, last))).toISOString().slice(0, 10);
}

/**
 * The business dates the history driver reads: the same dates a year before, or the twelve
 * months that end the day before the plan starts.
 */
export function historyPeriod(
  base: HistoryBase,
  start: string,
  end: string,
): { from: string; to: string } {
  if (base === 'same_period_last_year') {
    const to = addMonths(end, -12);
    return { from: addMonths(start, -12), to };
  }
  const dayBefore = new Date(Date.parse(`${start}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  return { from: addMonths(start, -12), to: dayBefore };
}
