/**
 * A computed plan as an XLSX workbook a manager can read, share and fill in:
 * - 目标 / Targets: one row per unit; per metric a total, one column per sub-period and an
 *   adjusted value + comment pair to fill in (read back by readPlanAdjustments);
 * - 计算过程 / Derivation: one row per unit × metric × term, with the sentence that explains
 *   the target;
 * - 计划信息 / Plan info: name, period, generation time, warnings and how to fill in.
 * Headers are in the plan's language; number formats follow each metric's precision.
 */
import ExcelJS from 'exceljs';
import type { PlanSplit } from '../../domain/planning/plan-input.ts';
import type { PlanResult, UnitTarget } from '../../domain/planning/plan-result.ts';
import { decimalsOf } from '../../domain/planning/rounding.ts';
import type { Locale } from '../../domain/shared/vocabulary.ts';
import { addDerivationSheet } from './plan-derivation-sheet.ts';
import {
  BOX,
  columnWidth,
  displayWidth,
  FIRST_UNIT_ROW,
  formatForWidth,
  HEADER_FILL,
  HEADER_ROWS,
  INPUT_FILL,
  metricHeader,
  numberFormatOf,
  WORDS,
} from './plan-sheet-layout.ts';

export type WorkbookMetric = {
  readonly id: string;
  readonly name?: string | undefined;
  readonly unit?: string | undefined;
  readonly precision: number;
};

export type WorkbookUnit = {
  readonly id: string;
  readonly name?: string | undefined;
  readonly team?: string | null | undefined;
};

export type WorkbookAdjustment = {
  readonly unit: string;
  readonly metric: string;
  readonly value: number;
  readonly comment: string;
};

export type PlanWorkbookInput = {
  readonly name: string;
  readonly locale: Locale;
  readonly metrics: readonly WorkbookMetric[];
  readonly units: readonly WorkbookUnit[];
  readonly result: PlanResult;
  /** Adjustments already in the plan: shown in the adjusted value and comment columns. */
  readonly adjustments?: readonly WorkbookAdjustment[] | undefined;
  /** The plan's period, for the info sheet; absent = first to last sub-period label. */
  readonly period?:
    | { readonly start: string; readonly end: string; readonly split?: PlanSplit | undefined }
    | undefined;
  /** When the workbook was made; absent = now. Shown in `timeZone` (default Asia/Shanghai). */
  readonly generatedAt?: Date | undefined;
  readonly timeZone?: string | undefined;
};

const INFO: Record<
  Locale,
  {
    name: string;
    period: string;
    generated: string;
    units: string;
    metrics: string;
    warnings: string;
    howTo: string;
    howToText: string;
  }
> = {
  'zh-CN': {
    name: '计划名称',
    period: '计划期间',
    generated: '生成时间',
    units: '单元数',
    metrics: '指标数',
    warnings: '提示',
    howTo: '如何调整',
    howToText:
      '在「目标」表每个指标的“调整值”列填写调整后的目标，并在“调整说明”列写明原因（必填）；留空表示不调整。不要修改单元编号和表头。',
  },
  en: {
    name: 'Plan',
    period: 'Period',
    generated: 'Generated at',
    units: 'Units',
    metrics: 'Metrics',
    warnings: 'Warnings',
    howTo: 'How to adjust',
    howToText:
      'On the Targets sheet, enter the adjusted target in a metric\'s "Adjusted value" column and the reason in its "Comment" column (required); leave it empty for no adjustment. Do not change unit IDs or headers.',
  },
};

/** The sub-period labels of the result, in order (the same for every target). */
function periodLabels(result: PlanResult): string[] {
  const labels: string[] = [];
  for (const t of result.targets)
    for (const p of t.periods) if (!labels.includes(p.label)) labels.push(p.label);
  return labels;
}

/** The workbook of a computed plan, as XLSX bytes. */
export async function writePlanWorkbook(plan: PlanWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const generatedAt = plan.generatedAt ?? new Date();
  workbook.creator = 'Allot';
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  workbook.title = plan.name;

  const targets = new Map(plan.result.targets.map((t) => [`${t.unit}\u0000${t.metric}`, t]));
  const targetOf = (unit: string, metric: string) => targets.get(`${unit}\u0000${metric}`);
  const labels = periodLabels(plan.result);

  addTargetsSheet(workbook, plan, labels, targetOf);
  addDerivationSheet(workbook, plan, targetOf);
  addInfoSheet(workbook, plan, labels, generatedAt);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type TargetOf = (unit: string, metric: string) => UnitTarget | undefined;

function addTargetsSheet(
  workbook: ExcelJS.Workbook,
  plan: PlanWorkbookInput,
  labels: readonly string[],
  targetOf: TargetOf,
): void {
  const w = WORDS[plan.locale];
  const sheet = workbook.addWorksheet(w.targets, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROWS }],
  });
  const withTeam = plan.units.some((u) => u.team);
  // A single sub-period (split "none") is the total itself: no column of its own.
  const periods = labels.length > 1 ? labels : [];
  const adjustment = new Map(
    (plan.adjustments ?? []).map((a) => [`${a.unit}\u0000${a.metric}`, a]),
  );

  /** Column texts, for widths: header first, then the cells as displayed. */
  const texts = new Map<number, string[]>();
  const note = (col: number, text: string) => {
    const list = texts.get(col) ?? [];
    list.push(text);
    texts.set(col, list);
  };
  const header = (row: number, col: number, text: string, input = false) => {
    const cell = sheet.getCell(row, col);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = input ? INPUT_FILL : HEADER_FILL;
    cell.border = BOX;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    if (row === HEADER_ROWS) note(col, text);
  };

  const fixed = [w.unitId, w.unitName, ...(withTeam ? [w.team] : [])];
  fixed.forEach((text, k) => {
    header(1, k + 1, text);
    header(HEADER_ROWS, k + 1, text);
    sheet.mergeCells(1, k + 1, HEADER_ROWS, k + 1);
  });

  type Group = {
    metric: WorkbookMetric;
    decimals: number;
    first: number;
    total: number;
    periods: number[];
    adjusted: number;
    comment: number;
  };
  const groups: Group[] = [];
  let col = fixed.length + 1;
  for (const metric of plan.metrics) {
    const first = col;
    const total = col++;
    const periodCols = periods.map(() => col++);
    const adjusted = col++;
    const comment = col++;
    groups.push({
      metric,
      decimals: decimalsOf(metric.precision),
      first,
      total,
      periods: periodCols,
      adjusted,
      comment,
    });
    header(1, first, metricHeader(metric));
    sheet.mergeCells(1, first, 1, comment);
    header(HEADER_ROWS, total, metric.unit ? `${w.total} (${metric.unit})` : w.total);
    periods.forEach((label, k) => {
      header(HEADER_ROWS, periodCols[k]!, label);
    });
    header(HEADER_ROWS, adjusted, w.adjusted, true);
    header(HEADER_ROWS, comment, w.comment, true);
  }

  plan.units.forEach((unit, k) => {
    const r = FIRST_UNIT_ROW + k;
    const row = sheet.getRow(r);
    row.getCell(1).value = unit.id;
    note(1, unit.id);
    row.getCell(2).value = unit.name ?? unit.id;
    note(2, unit.name ?? unit.id);
    if (withTeam) {
      row.getCell(3).value = unit.team ?? null;
      note(3, unit.team ?? '');
    }
    for (const g of groups) {
      const target = targetOf(unit.id, g.metric.id);
      const numFmt = numberFormatOf(g.decimals);
      const put = (c: number, value: number | undefined) => {
        if (value === undefined) return;
        const cell = row.getCell(c);
        cell.value = value;
        cell.numFmt = numFmt;
        note(c, formatForWidth(value, g.decimals));
      };
      put(g.total, target?.value);
      g.periods.forEach((c, p) => {
        put(c, target?.periods.find((x) => x.label === periods[p])?.value);
      });
      const existing = adjustment.get(`${unit.id}\u0000${g.metric.id}`);
      const adjustedCell = row.getCell(g.adjusted);
      adjustedCell.numFmt = numFmt;
      adjustedCell.fill = INPUT_FILL;
      adjustedCell.dataValidation = {
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: 'warning',
        error: plan.locale === 'zh-CN' ? '请输入不小于 0 的数字' : 'Enter a number of 0 or more',
      };
      const commentCell = row.getCell(g.comment);
      commentCell.fill = INPUT_FILL;
      commentCell.alignment = { wrapText: true, vertical: 'top' };
      if (existing) {
        adjustedCell.value = existing.value;
        note(g.adjusted, formatForWidth(existing.value, g.decimals));
        commentCell.value = existing.comment;
        note(g.comment, existing.comment);
      }
    }
  });

  const last = col - 1;
  for (let c = 1; c <= last; c += 1) {
    const isComment = groups.some((g) => g.comment === c);
    sheet.getColumn(c).width = columnWidth(
      texts.get(c) ?? [],
      c === 1 ? 6 : isComment ? 16 : 10,
      c === 1 ? 20 : 40,
    );
  }
  // A group header wider than its columns widens the group's comment column.
  for (const g of groups) {
    let span = 0;
    for (let c = g.first; c <= g.comment; c += 1) span += sheet.getColumn(c).width ?? 10;
    const need = displayWidth(metricHeader(g.metric)) + 2;
    if (need > span)
      sheet.getColumn(g.comment).width = (sheet.getColumn(g.comment).width ?? 16) + need - span;
  }
  sheet.getRow(1).height = 20;
  sheet.getRow(HEADER_ROWS).height = 20;
}

/** A time as `YYYY-MM-DD HH:mm` in a time zone. */
function formatTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

function addInfoSheet(
  workbook: ExcelJS.Workbook,
  plan: PlanWorkbookInput,
  labels: readonly string[],
  generatedAt: Date,
): void {
  const words = INFO[plan.locale];
  const sheet = workbook.addWorksheet(WORDS[plan.locale].info);
  const timeZone = plan.timeZone ?? 'Asia/Shanghai';
  const period = plan.period
    ? `${plan.period.start} – ${plan.period.end}`
    : labels.length > 0
      ? labels.length === 1
        ? labels[0]!
        : `${labels[0]} – ${labels[labels.length - 1]}`
      : '';
  const rows: [string, string | number][] = [
    [words.name, plan.name],
    [words.period, period],
    [words.generated, `${formatTime(generatedAt, timeZone)} (${timeZone})`],
    [words.units, plan.units.length],
    [words.metrics, plan.metrics.length],
    [words.howTo, words.howToText],
    ...plan.result.warnings.map((x, k): [string, string] => [
      k === 0 ? words.warnings : '',
      x.text,
    ]),
  ];
  rows.forEach(([key, value], k) => {
    const row = sheet.getRow(k + 1);
    row.getCell(1).value = key || null;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = value;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
  });
  sheet.getColumn(1).width = columnWidth(
    rows.map(([key]) => key),
    10,
    24,
  );
  sheet.getColumn(2).width = 80;
}
