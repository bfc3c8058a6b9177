/**
 * Ramp (step 3 of the plan): a new hire carries a reduced target while learning the job. The
 * factor comes from the unit (`ramp`) or from the ramp curve by whole months since hire; the
 * ramp mode decides who carries the part the new hires do not:
 * - normalize: everyone's share is scaled by the factor and the target re-normalised, so the
 *   whole target is still carried, by everyone in proportion;
 * - protect: new hires get exactly share × factor; the gap goes to the fully ramped units in
 *   proportion to their shares;
 * - protect_hold: as protect, but the gap stays unassigned and is reported.
 */
import type { RampMode } from './plan-input.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(day: string): [number, number, number] {
  const m = DAY.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * Whole months from `from` to `to` (calendar days, no time zone): 2025-11-15 → 2026-01-01 is
 * 1 month; the same day of month counts a full month. 0 when `from` is on or after `to`.
 */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

export type RampSource =
  | { readonly kind: 'given' }
  | { readonly kind: 'curve'; readonly months: number }
  | { readonly kind: 'none' };

/**
 * `r` = the unit's own factor if given, else `rampCurve[min(months, len − 1)]` with months
 * since hire at the period start (a hire after the start has 0 months), else 1.
 */
export function rampFactor(
  unit: { readonly ramp?: number | null | undefined; readonly hiredOn?: string | null | undefined },
  periodStart: string,
  curve: readonly number[],
): { factor: number; source: RampSource } {
  if (unit.ramp !== null && unit.ramp !== undefined)
    return { factor: unit.ramp, source: { kind: 'given' } };
  if (unit.hiredOn && curve.length > 0) {
    const months = wholeMonthsBetween(unit.hiredOn, periodStart);
    return {
      factor: curve[Math.min(months, curve.length - 1)]!,
      source: { kind: 'curve', months },
    };
  }
  return { factor: 1, source: { kind: 'none' } };
}

export type RampOutcome = {
  /** Each unit's value after the ramp step. */
  readonly values: number[];
  /** How the ramp moved each unit (new hires down; under normalize the others up). */
  readonly rampDelta: number[];
  /** The gap each fully ramped unit took over (protect only). */
  readonly gapDelta: number[];
  /** The gap nobody carries: protect_hold, or protect with no fully ramped unit to carry it. */
  readonly unassigned: number;
  /** True when protect found no fully ramped unit with a share to carry the gap. */
  readonly gapUncarried: boolean;
  /** Whether any unit ramps (r < 1); when none does, the step changed nothing. */
  readonly anyRamping: boolean;
};

/** Allocates `total` over units with blended shares `shares` and ramp factors `ramps`. */
export function applyRamp(
  mode: RampMode,
  total: number,
  shares: readonly number[],
  ramps: readonly number[],
): RampOutcome {
  const n = shares.length;
  const base = shares.map((s) => total * s);
  const rampDelta = new Array<number>(n).fill(0);
  const gapDelta = new Array<number>(n).fill(0);
  const anyRamping = ramps.some((r) => r < 1);
  if (!anyRamping) {
    return { values: base, rampDelta, gapDelta, unassigned: 0, gapUncarried: false, anyRamping };
  }
  if (mode === 'normalize') {
    let weighted = 0;
    for (let i = 0; i < n; i += 1) weighted += shares[i]! * ramps[i]!;
    const values = shares.map((s, i) => (weighted > 0 ? (total * s * ramps[i]!) / weighted : 0));
    for (let i = 0; i < n; i += 1) rampDelta[i] = values[i]! - base[i]!;
    return { values, rampDelta, gapDelta, unassigned: 0, gapUncarried: false, anyRamping };
  }
  const values = base.slice();
  let gap = 0;
  let fullShare = 0;
  for (let i = 0; i < n; i += 1) {
    if (ramps[i]! < 1) {
      values[i] = base[i]! * ramps[i]!;
      rampDelta[i] = values[i]! - base[i]!;
      gap += base[i]! - values[i]!;
    } else fullShare += shares[i]!;
  }
  if (mode === 'protect_hold' || !(fullShare > 0)) {
    return {
      values,
      rampDelta,
      gapDelta,
      unassigned: gap,
      gapUncarried: mode === 'protect' && gap > 0,
      anyRamping,
    };
  }
  for (let i = 0; i < n; i += 1) {
    if (ramps[i]! >= 1) {
      gapDelta[i] = (gap * shares[i]!) / fullShare;
      values[i] = values[i]! + gapDelta[i]!;
    }
  }
  return { values, rampDelta, gapDelta, unassigned: 0, gapUncarried: false, anyRamping };
}
