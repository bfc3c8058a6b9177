/**
 * Reads a manager's adjustments back from a plan workbook (the layout of writePlanWorkbook,
 * possibly edited and saved again in Excel or WPS). The whole file is checked before anything
 * is returned: every problem is listed with its cell (`目标!F7`), so a manager fixes the file
 * once and nothing half-applies. A cell left empty in an adjusted value column means no
 * adjustment. Numbers typed as text, thousands separators, full-width digits, empty rows and
 * stray spaces are accepted. Bad files are answered with problems, never with an exception.
 */
import ExcelJS from 'exceljs';
import {
  ADJUSTMENT_PROBLEM_CODES,
  type AdjustmentProblemCode,
} from '../../domain/planning/plan-sheet-problems.ts';
import { stepsOf } from '../../domain/planning/rounding.ts';
import type { Locale } from '../../domain/shared/vocabulary.ts';
import {
  FIRST_UNIT_ROW,
  HEADER_ROWS,
  localeOfWord,
  parseMetricHeader,
} from './plan-sheet-layout.ts';

export type ExpectedPlan = {
  readonly metrics: readonly {
    readonly id: string;
    readonly name?: string | undefined;
    readonly precision: number;
  }[];
  readonly units: readonly { readonly id: string }[];
};

export type ReadAdjustment = { unit: string; metric: string; value: number; comment: string };

export { ADJUSTMENT_PROBLEM_CODES, type AdjustmentProblemCode };

export type AdjustmentProblem = { path: string; message: string; code?: AdjustmentProblemCode };

export type ReadAdjustmentsOutcome =
  | { ok: true; adjustments: ReadAdjustment[] }
  | { ok: false; problems: AdjustmentProblem[] };

export type ReadAdjustmentsOptions = {
  /** Language of the problem messages; absent = the language of the file's sheet names. */
  readonly locale?: Locale | undefined;
};

type Say = (code: AdjustmentProblemCode, args?: Record<string, string | number>) => string;

const MESSAGES: Record<Locale, Record<AdjustmentProblemCode, string>> = {
  'zh-CN': {
    not_xlsx: '不是有效的 Excel 工作簿（.xlsx）',
    sheet_missing: '找不到工作表“目标”',
    no_adjustment_columns: '找不到任何“调整值”列：请使用导出的计划模板',
    unknown_metric: '未知指标“{metric}”',
    duplicate_metric: '指标“{metric}”的调整列重复（第一次出现在 {first}）',
    comment_column_missing: '指标“{metric}”的“调整值”列后缺少“调整说明”列',
    unit_id_missing: '填写了调整值，但缺少单元编号',
    unknown_unit: '未知单元编号“{unit}”',
    duplicate_unit: '单元编号“{unit}”重复（第一次出现在 {first}）',
    not_a_number: '“{text}”不是数字',
    negative: '调整值不能为负数：{value}',
    not_a_multiple: '{value} 不是精度 {precision} 的整数倍',
    comment_required: '填写了调整值时必须写调整说明',
  },
  en: {
    not_xlsx: 'not an Excel workbook (.xlsx)',
    sheet_missing: 'the sheet "Targets" is missing',
    no_adjustment_columns: 'no "Adjusted value" column found: use the exported plan template',
    unknown_metric: 'unknown metric "{metric}"',
    duplicate_metric: 'metric "{metric}" has its adjustment columns twice (first at {first})',
    comment_column_missing:
      'the "Adjusted value" column of "{metric}" has no "Comment" column after it',
    unit_id_missing: 'an adjusted value without a unit ID',
    unknown_unit: 'unknown unit ID "{unit}"',
    duplicate_unit: 'unit ID "{unit}" appears twice (first at {first})',
    not_a_number: '"{text}" is not a number',
    negative: 'an adjusted value cannot be negative: {value}',
    not_a_multiple: '{value} is not a multiple of the precision {precision}',
    comment_required: 'an adjusted value needs a comment',
  },
};

function sayer(locale: Locale): Say {
  return (code, args = {}) =>
    MESSAGES[locale][code].replace(/\{(\w+)\}/g, (_, key: string) => String(args[key] ?? ''));
}

/** The text a cell shows for its value, '' when empty; numbers stay numbers. */
function cellContent(
  value: ExcelJS.CellValue,
): string | number | boolean | Date | { error: string } {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return { error: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null) return '';
    return typeof result === 'object' && !(result instanceof Date)
      ? { error: String(result.error) }
      : result;
  }
  if ('hyperlink' in value) return String(value.text ?? '');
  return '';
}

function cellText(cell: ExcelJS.Cell): string {
  const content = cellContent(cell.value);
  if (typeof content === 'string') return content.trim();
  if (typeof content === 'number' || typeof content === 'boolean') return String(content);
  if (content instanceof Date) return content.toISOString();
  return content.error;
}

const FULL_WIDTH = /[\uff10-\uff19\uff0c\uff0e\uff0b\uff0d]/g;
const SPACES = /[\s\u00a0\u2007\u202f\u3000]/g;

/** A number typed as text: `1,234.5`, ` 1 234 `, `１２３４．５`; null when it is not one. */
export function parseNumberText(text: string): number | null {
  const half = text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  const compact = half.replace(SPACES, '');
  if (compact === '') return null;
  const grouped = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact);
  const plain = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(compact);
  if (!grouped && !plain) return null;
  const n = Number(compact.replaceAll(',', ''));
  return Number.isFinite(n) ? n : null;
}

const isBlank = (cell: ExcelJS.Cell) => {
  const content = cellContent(cell.value);
  return typeof content === 'string' && content.trim() === '';
};

type Column = {
  metric: ExpectedPlan['metrics'][number];
  adjusted: number;
  comment: number;
};

/**
 * The adjustments filled in a plan workbook, or every problem of the file. Adjustments come in
 * the file's order: by row, then by metric column.
 */
export async function readPlanAdjustments(
  buffer: Uint8Array,
  expected: ExpectedPlan,
  options: ReadAdjustmentsOptions = {},
): Promise<ReadAdjustmentsOutcome> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toBuffer(buffer));
  } catch {
    return fail(options.locale ?? 'zh-CN', '', 'not_xlsx');
  }
  try {
    return readLoaded(workbook, expected, options);
  } catch {
    return fail(options.locale ?? 'zh-CN', '', 'not_xlsx');
  }
}

/** The bytes as a Node Buffer (no copy), which exceljs reads though its types say otherwise. */
function toBuffer(bytes: Uint8Array): ExcelJS.Buffer {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view as unknown as ExcelJS.Buffer;
}

function fail(locale: Locale, path: string, code: AdjustmentProblemCode): ReadAdjustmentsOutcome {
  return { ok: false, problems: [{ path, code, message: sayer(locale)(code) }] };
}

function findTargetsSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return (
    workbook.worksheets.find((s) => localeOfWord('targets', s.name)) ??
    workbook.worksheets.find((s) => s.state === 'visible' || s.state === undefined)
  );
}

function readLoaded(
  workbook: ExcelJS.Workbook,
  expected: ExpectedPlan,
  options: ReadAdjustmentsOptions,
): ReadAdjustmentsOutcome {
  const sheet = findTargetsSheet(workbook);
  const locale = options.locale ?? (sheet && localeOfWord('targets', sheet.name)) ?? 'zh-CN';
  const say = sayer(locale);
  if (!sheet) return fail(locale, '', 'sheet_missing');

  const problems: AdjustmentProblem[] = [];
  const at = (cell: ExcelJS.Cell) => `${sheet.name}!${cell.address}`;
  const problem = (
    cell: ExcelJS.Cell,
    code: AdjustmentProblemCode,
    args?: Record<string, string | number>,
  ) => problems.push({ path: at(cell), code, message: say(code, args) });

  const columns = findColumns(sheet, expected, problem);
  if (columns === null) {
    return {
      ok: false,
      problems: [
        {
          path: `${sheet.name}!A${HEADER_ROWS}`,
          code: 'no_adjustment_columns',
          message: say('no_adjustment_columns'),
        },
      ],
    };
  }
  const idColumn = findIdColumn(sheet);
  const knownUnits = new Set(expected.units.map((u) => u.id));
  const seenUnits = new Map<string, string>();
  const adjustments: ReadAdjustment[] = [];

  for (let r = FIRST_UNIT_ROW; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const idCell = row.getCell(idColumn);
    const unit = cellText(idCell);
    const filled = columns.some(
      (c) => !isBlank(row.getCell(c.adjusted)) || !isBlank(row.getCell(c.comment)),
    );
    if (unit === '') {
      if (filled) problem(idCell, 'unit_id_missing');
      continue;
    }
    const first = seenUnits.get(unit);
    if (first !== undefined) {
      problem(idCell, 'duplicate_unit', { unit, first });
      continue;
    }
    seenUnits.set(unit, at(idCell));
    if (!knownUnits.has(unit)) {
      problem(idCell, 'unknown_unit', { unit });
      continue;
    }
    for (const c of columns) {
      const valueCell = row.getCell(c.adjusted);
      if (isBlank(valueCell)) continue;
      const value = readValue(valueCell, c.metric.precision, problem);
      const commentCell = row.getCell(c.comment);
      const comment = isBlank(commentCell) ? '' : cellText(commentCell);
      if (comment === '') problem(commentCell, 'comment_required');
      if (value !== null && comment !== '')
        adjustments.push({ unit, metric: c.metric.id, value, comment });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, adjustments };
}

type Problem = (
  cell: ExcelJS.Cell,
  code: AdjustmentProblemCode,
  args?: Record<string, string | number>,
) => void;

/** An adjusted value as a whole number of the metric's steps, or null after a problem. */
function readValue(cell: ExcelJS.Cell, precision: number, problem: Problem): number | null {
  const content = cellContent(cell.value);
  const value =
    typeof content === 'number'
      ? content
      : typeof content === 'string'
        ? parseNumberText(content)
        : null;
  if (value === null || !Number.isFinite(value)) {
    problem(cell, 'not_a_number', { text: cellText(cell) });
    return null;
  }
  if (value < 0) {
    problem(cell, 'negative', { value });
    return null;
  }
  const steps = stepsOf(precision);
  if (!steps.isWhole(value)) {
    problem(cell, 'not_a_multiple', { value, precision });
    return null;
  }
  return steps.fromSteps(steps.nearest(value));
}

/**
 * The group header over a column: the master of its merged cell, or, where the merge was
 * undone, the nearest filled header cell to its left.
 */
function groupCellOf(groupRow: ExcelJS.Row, col: number): ExcelJS.Cell {
  for (let c = col; c >= 1; c -= 1) {
    const cell = groupRow.getCell(c);
    if (cell.isMerged) return cell.master;
    if (!isBlank(cell)) return cell;
  }
  return groupRow.getCell(col);
}

/** The column of unit ids: headed 单元编号 / Unit ID in either header row, else column A. */
function findIdColumn(sheet: ExcelJS.Worksheet): number {
  const header = sheet.getRow(HEADER_ROWS);
  for (let c = 1; c <= sheet.columnCount; c += 1) {
    if (localeOfWord('unitId', cellText(header.getCell(c)))) return c;
  }
  return 1;
}

/**
 * The adjusted value + comment columns of each metric, found by their headers (row 2) and the
 * group header above them (row 1); null when the sheet has none at all.
 */
function findColumns(
  sheet: ExcelJS.Worksheet,
  expected: ExpectedPlan,
  problem: Problem,
): Column[] | null {
  const groupRow = sheet.getRow(1);
  const headerRow = sheet.getRow(HEADER_ROWS);
  const byId = new Map(expected.metrics.map((m) => [m.id, m]));
  const byName = new Map(expected.metrics.filter((m) => m.name).map((m) => [m.name!.trim(), m]));
  const columns: Column[] = [];
  const firstSeen = new Map<string, string>();
  let found = 0;
  const width = sheet.columnCount;
  for (let c = 1; c <= width; c += 1) {
    if (!localeOfWord('adjusted', cellText(headerRow.getCell(c)))) continue;
    found += 1;
    const groupAt = groupCellOf(groupRow, c);
    const groupText = cellText(groupAt);
    const parsed = parseMetricHeader(groupText);
    const metric =
      parsed.id !== null
        ? byId.get(parsed.id)
        : (byId.get(parsed.label) ?? byName.get(parsed.label));
    if (!metric) {
      problem(groupAt, 'unknown_metric', { metric: groupText });
      continue;
    }
    const first = firstSeen.get(metric.id);
    if (first !== undefined) {
      problem(groupAt, 'duplicate_metric', { metric: metric.name ?? metric.id, first });
      continue;
    }
    firstSeen.set(metric.id, `${sheet.name}!${groupAt.address}`);
    const next = c + 1;
    const sameGroup = groupCellOf(groupRow, next).address === groupAt.address;
    if (next > width || !sameGroup || !localeOfWord('comment', cellText(headerRow.getCell(next)))) {
      problem(headerRow.getCell(c), 'comment_column_missing', { metric: metric.name ?? metric.id });
      continue;
    }
    columns.push({ metric, adjusted: c, comment: next });
  }
  return found === 0 ? null : columns;
}
