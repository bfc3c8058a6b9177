/**
 * The result of target planning (`allot.plan-result/1`): every number carries the terms that
 * produced it, in the order the steps ran, so a rep can follow how the number came about.
 */
import type { PlanDriver, RampMode } from './plan-input.ts';

/**
 * One step that shaped a unit's target. `value` is what the step is about (a share, a ramp
 * factor, an amount); `delta` is how much the step moved the unit's target.
 * - share: the unit's share by one driver (weight normalised over the drivers);
 * - base: the blended share `share` of the amount `of` being allocated, = value;
 * - ramp: the ramp factor and how the ramp mode moved the value;
 * - gap: the part of the ramping units' gap this unit carries (ramp mode `protect`);
 * - adjustment: a value fixed by a manager, with the required comment;
 * - clamp: held to a growth bound (`value` = history × (1 + growth));
 * - respread: the part of the clamped units' difference this unit carries;
 * - rounding: rounded value − exact value.
 */
export type PlanTerm =
  | {
      readonly term: 'share';
      readonly driver: PlanDriver;
      readonly weight: number;
      readonly value: number;
    }
  | { readonly term: 'base'; readonly share: number; readonly of: number; readonly value: number }
  | {
      readonly term: 'ramp';
      readonly mode: RampMode;
      readonly value: number;
      readonly delta: number;
    }
  | { readonly term: 'gap'; readonly value: number }
  | { readonly term: 'adjustment'; readonly value: number; readonly comment: string }
  | {
      readonly term: 'clamp';
      readonly bound: 'min' | 'max';
      readonly growth: number;
      readonly history: number;
      readonly value: number;
      readonly delta: number;
    }
  | { readonly term: 'respread'; readonly value: number }
  | { readonly term: 'rounding'; readonly value: number };

export type TermKind = PlanTerm['term'];

/** Activities an amount target needs, back-calculated through the funnel. */
export type FunnelNeeds = {
  readonly wonDeals: number;
  readonly opportunities: number;
  readonly leads: number;
  readonly visits: number;
};

export type PeriodTarget = {
  readonly label: string;
  readonly value: number;
  readonly derived?: FunnelNeeds;
};

export type UnitTarget = {
  readonly unit: string;
  readonly metric: string;
  readonly value: number;
  readonly periods: PeriodTarget[];
  readonly terms: PlanTerm[];
  readonly derived?: FunnelNeeds;
  readonly text: string;
};

export type RollupRow = {
  readonly team: string;
  readonly metric: string;
  readonly value: number;
  readonly target?: number;
  readonly overAssignment?: number;
};

export type MetricFairness = {
  readonly difficulty: Readonly<Record<string, number>>;
  readonly relativeDifficulty: Readonly<Record<string, number>>;
  readonly cv: number;
  readonly gini: number;
  readonly flagged: string[];
};

export const PLAN_WARNING_CODES = [
  'growth_infeasible',
  'unfair_difficulty',
  'potential_not_positive',
  'potential_factor_zero_mean',
  'ramp_gap_unassigned',
  'adjustments_exceed_target',
  'no_units_left',
  'adjusted_outside_growth',
] as const;
export type PlanWarningCode = (typeof PLAN_WARNING_CODES)[number];

export type PlanWarning = {
  readonly code: PlanWarningCode;
  readonly metric?: string;
  readonly unit?: string;
  readonly units?: string[];
  readonly factor?: string;
  readonly amount?: number;
  readonly text: string;
};

export type PlanResult = {
  readonly format: 'allot.plan-result/1';
  readonly targets: UnitTarget[];
  readonly rollup: RollupRow[];
  readonly fairness: Readonly<Record<string, MetricFairness>>;
  readonly unassigned: Readonly<Record<string, number>>;
  readonly warnings: PlanWarning[];
};
