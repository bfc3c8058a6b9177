/**
 * What stored target plans need from the outside: their store (plans, metrics, adjustments and
 * the append-only versions) and the spreadsheets a plan is exported to and adjusted from.
 */
import type { PlanInput, PlanMetric, PlanSplit } from '../domain/planning/plan-input.ts';
import type { PlanResult } from '../domain/planning/plan-result.ts';
import type { AdjustmentProblemCode } from '../domain/planning/plan-sheet-problems.ts';
import type {
  PlanAdjustmentRecord,
  PlanMetricRecord,
  PlanRecord,
} from '../domain/planning/stored-plan.ts';
import type { Locale } from '../domain/shared/vocabulary.ts';

export type PlanWrite = Omit<PlanRecord, 'id' | 'workspaceId'>;

/** One version of a plan as it stood: its status, input and result. */
export type PlanVersionRecord = {
  readonly planId: string;
  readonly version: number;
  readonly status: PlanRecord['status'];
  readonly change: string;
  /** The adjustment or revision made, when the change was one. */
  readonly detail: unknown;
  readonly input: PlanInput;
  readonly result: PlanResult;
  readonly createdBy: string | null;
  readonly createdAt: Date;
};

/** Stored target plans, their metrics, adjustments and append-only versions. */
export type PlanStore = {
  insert(
    workspaceId: string,
    plan: PlanWrite,
    metrics: readonly PlanMetricRecord[],
  ): Promise<PlanRecord>;
  /** With `lock`, the row stays locked until the transaction ends (one change at a time). */
  get(workspaceId: string, id: string, lock?: boolean): Promise<PlanRecord | null>;
  /** Newest first, after the cursor (the last plan of the page before); statuses filter. */
  list(
    workspaceId: string,
    page: {
      limit: number;
      after?: { createdAt: Date; id: string } | undefined;
      statuses?: readonly PlanRecord['status'][] | undefined;
    },
  ): Promise<{ rows: PlanRecord[]; total: number }>;
  update(
    workspaceId: string,
    id: string,
    values: Partial<Omit<PlanWrite, 'createdBy' | 'createdAt'>> & { updatedAt: Date },
  ): Promise<PlanRecord>;
  metrics(workspaceId: string, planId: string): Promise<PlanMetricRecord[]>;
  adjustments(workspaceId: string, planId: string): Promise<PlanAdjustmentRecord[]>;
  /** Sets (inserts or replaces) one rep × metric adjustment. */
  setAdjustment(
    workspaceId: string,
    planId: string,
    adjustment: PlanAdjustmentRecord,
  ): Promise<void>;
  /** Removes one adjustment; false when there was none. */
  removeAdjustment(
    workspaceId: string,
    planId: string,
    repId: string,
    metricId: string,
  ): Promise<boolean>;
  appendVersion(workspaceId: string, entry: PlanVersionRecord): Promise<void>;
  /** Every version without its input and result, newest first. */
  versions(
    workspaceId: string,
    planId: string,
  ): Promise<Omit<PlanVersionRecord, 'input' | 'result'>[]>;
  version(workspaceId: string, planId: string, version: number): Promise<PlanVersionRecord | null>;
  /** Active reps with what a plan needs of them, by name then id. */
  activeReps(
    workspaceId: string,
  ): Promise<{ id: string; name: string; teamId: string | null; hiredOn: string | null }[]>;
  /** The amount of each rep's open opportunities (not won or lost), in minor units. */
  pipeline(workspaceId: string): Promise<Map<string, number>>;
  /**
   * The workspace's sales funnel over [from, to): won opportunities' average amount, won share of
   * those closed, opportunities per lead and visits per opportunity created; counts as found.
   */
  funnel(
    workspaceId: string,
    period: { from: Date; to: Date },
  ): Promise<{
    wonAmount: number;
    won: number;
    lost: number;
    leads: number;
    opportunities: number;
    visits: number;
  }>;
  /** Territories with their potential factor values and the reps covering them. */
  coverage(
    workspaceId: string,
  ): Promise<{ id: string; potential: Partial<Record<string, number>>; repIds: string[] }[]>;
};

/** A plan as a workbook shows it: the targets of the units the reader may see. */
export type PlanSheet = {
  readonly name: string;
  readonly locale: Locale;
  readonly metrics: readonly Pick<PlanMetric, 'id' | 'name' | 'unit' | 'precision'>[];
  readonly units: readonly {
    readonly id: string;
    readonly name?: string | undefined;
    readonly team?: string | null | undefined;
  }[];
  readonly result: PlanResult;
  readonly adjustments: readonly {
    readonly unit: string;
    readonly metric: string;
    readonly value: number;
    readonly comment: string;
  }[];
  readonly period: {
    readonly start: string;
    readonly end: string;
    readonly split?: PlanSplit | undefined;
  };
  readonly generatedAt: Date;
  readonly timeZone: string;
};

/** The units and metrics a returned workbook may name; anything else is a problem. */
export type PlanSheetExpected = {
  readonly metrics: readonly {
    readonly id: string;
    readonly name?: string | undefined;
    readonly precision: number;
  }[];
  readonly units: readonly { readonly id: string }[];
};

export type PlanSheetAdjustment = {
  readonly unit: string;
  readonly metric: string;
  readonly value: number;
  readonly comment: string;
};

export type PlanSheetProblem = {
  /** The cell, `目标!F7`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
  readonly code?: AdjustmentProblemCode | undefined;
};

/** Plan workbooks (XLSX): written for download, read back with a manager's adjustments. */
export type PlanSpreadsheets = {
  writePlan(sheet: PlanSheet): Promise<Buffer>;
  /** Every problem of the file, or its adjustments in the file's order; never throws. */
  readAdjustments(
    bytes: Uint8Array,
    expected: PlanSheetExpected,
    locale: Locale,
  ): Promise<
    { ok: true; adjustments: PlanSheetAdjustment[] } | { ok: false; problems: PlanSheetProblem[] }
  >;
};
