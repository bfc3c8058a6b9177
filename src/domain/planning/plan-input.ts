/**
 * The input of target planning (`allot.plan/1`, shared/spec/plan.md) as the domain reads it:
 * already checked for shape by the contract; cross-references are checked by validatePlan().
 * The server builds the same structure from stored data, so both edges run the same code.
 */

export const PLAN_SPLITS = ['month', 'quarter', 'none'] as const;
export type PlanSplit = (typeof PLAN_SPLITS)[number];

export const PLAN_DRIVERS = ['even', 'history', 'potential', 'pipeline'] as const;
export type PlanDriver = (typeof PLAN_DRIVERS)[number];

export const RAMP_MODES = ['normalize', 'protect', 'protect_hold'] as const;
export type RampMode = (typeof RAMP_MODES)[number];

export const METRIC_KINDS = ['amount', 'count'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

export type DriverWeight = { readonly driver: PlanDriver; readonly weight: number };

export type GrowthBounds = {
  /** Lowest allowed target / history − 1; null or absent = no floor. */
  readonly min?: number | null | undefined;
  /** Highest allowed target / history − 1; null or absent = no ceiling. */
  readonly max?: number | null | undefined;
};

export type PlanMethod = {
  readonly drivers?: readonly DriverWeight[] | undefined;
  readonly ramp?: RampMode | undefined;
  readonly rampCurve?: readonly number[] | undefined;
  readonly growth?: GrowthBounds | null | undefined;
};

export type PlanMetric = {
  readonly id: string;
  readonly name?: string | undefined;
  readonly kind: MetricKind;
  readonly unit?: string | undefined;
  readonly target: number;
  readonly precision: number;
  /** Overrides the plan's method field by field (drivers, ramp, rampCurve, growth). */
  readonly method?: PlanMethod | undefined;
};

export type Funnel = {
  readonly avgDeal: number;
  readonly winRate: number;
  readonly oppPerLead: number;
  readonly visitsPerOpp: number;
};

export type PlanFunnel = Funnel & {
  /** The amount metric the funnel is for; absent = every amount metric. */
  readonly metric?: string | undefined;
};

export type PlanTeam = {
  readonly id: string;
  readonly name?: string | undefined;
  readonly parent?: string | null | undefined;
  readonly targets?: Readonly<Record<string, number>> | undefined;
};

export type PlanUnit = {
  readonly id: string;
  readonly name?: string | undefined;
  readonly team?: string | null | undefined;
  readonly hiredOn?: string | null | undefined;
  readonly ramp?: number | null | undefined;
  readonly history?: Readonly<Record<string, number>> | undefined;
  readonly potential?: number | Readonly<Record<string, number>> | null | undefined;
  readonly pipeline?: Readonly<Record<string, number>> | undefined;
  readonly funnel?: Partial<Funnel> | undefined;
};

export type PlanAdjustment = {
  readonly unit: string;
  readonly metric: string;
  readonly value: number;
  readonly comment: string;
};

export type PlanInput = {
  readonly format: 'allot.plan/1';
  readonly period: {
    readonly start: string;
    readonly end: string;
    readonly split?: PlanSplit | undefined;
  };
  readonly seasonality?: readonly number[] | null | undefined;
  readonly metrics: readonly PlanMetric[];
  readonly teams?: readonly PlanTeam[] | undefined;
  readonly units: readonly PlanUnit[];
  readonly potentialFactors?: Readonly<Record<string, number>> | undefined;
  readonly method?: PlanMethod | undefined;
  /**
   * Top-down only: the method of each level of the team tree (0 = the company's split over the
   * top-level teams), field by field over `method`; null or absent levels use `method`.
   */
  readonly levelMethods?: readonly (PlanMethod | null)[] | undefined;
  readonly adjustments?: readonly PlanAdjustment[] | undefined;
  readonly funnel?: PlanFunnel | null | undefined;
};

/** One problem of the input, named by its JSON path (`metrics[1].method.drivers[0]`). */
export type PlanProblem = { readonly path: string; readonly message: string };

/** Defaults of the spec: the driver list falls back to an even split. */
export const DEFAULT_DRIVERS: readonly DriverWeight[] = [{ driver: 'even', weight: 1 }];
export const DEFAULT_SPLIT: PlanSplit = 'month';
/** Without a ramp curve nobody ramps by hire date. */
export const DEFAULT_RAMP_CURVE: readonly number[] = [1];

/** A metric's effective method: its own fields first, then the plan's, then the defaults. */
export type EffectiveMethod = {
  readonly drivers: readonly DriverWeight[];
  readonly driversPath: string;
  readonly ramp: RampMode;
  readonly rampCurve: readonly number[];
  readonly growth: { readonly min: number | null; readonly max: number | null };
};

export function effectiveMethod(input: PlanInput, metricIndex: number): EffectiveMethod {
  const own = input.metrics[metricIndex]?.method;
  const plan = input.method;
  const growth = own?.growth !== undefined ? own.growth : plan?.growth;
  return {
    drivers: own?.drivers ?? plan?.drivers ?? DEFAULT_DRIVERS,
    driversPath: own?.drivers
      ? `metrics[${metricIndex}].method.drivers`
      : plan?.drivers
        ? 'method.drivers'
        : 'method',
    ramp: own?.ramp ?? plan?.ramp ?? 'normalize',
    rampCurve: own?.rampCurve ?? plan?.rampCurve ?? DEFAULT_RAMP_CURVE,
    growth: { min: growth?.min ?? null, max: growth?.max ?? null },
  };
}
