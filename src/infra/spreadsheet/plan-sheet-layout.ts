/**
 * The layout of a plan workbook, shared by its writer and its reader so that a file exported
 * by Allot reads back the same way: sheet names and column headers in both languages, how a
 * metric is named in its group header, number formats from a metric's precision and column
 * widths that leave room for Chinese text.
 *
 * Sheet 1 (目标 / Targets) has two header rows: row 1 names each metric's group of columns
 * (`销售额 [revenue]`, the id in brackets so renaming a metric's label does not lose the
 * column), row 2 names the columns of the group (total, one per sub-period, adjusted value,
 * comment). Units start on row 3, their id in column A.
 */
import type ExcelJS from 'exceljs';
import type { Locale } from '../../domain/shared/vocabulary.ts';

export const HEADER_ROWS = 2;
export const FIRST_UNIT_ROW = HEADER_ROWS + 1;

export type SheetWords = {
  readonly targets: string;
  readonly derivation: string;
  readonly info: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly team: string;
  readonly total: string;
  readonly adjusted: string;
  readonly comment: string;
};

export const WORDS: Record<Locale, SheetWords> = {
  'zh-CN': {
    targets: '目标',
    derivation: '计算过程',
    info: '计划信息',
    unitId: '单元编号',
    unitName: '单元名称',
    team: '团队',
    total: '合计',
    adjusted: '调整值',
    comment: '调整说明',
  },
  en: {
    targets: 'Targets',
    derivation: 'Derivation',
    info: 'Plan info',
    unitId: 'Unit ID',
    unitName: 'Unit',
    team: 'Team',
    total: 'Total',
    adjusted: 'Adjusted value',
    comment: 'Comment',
  },
};

const LOCALE_LIST: readonly Locale[] = ['zh-CN', 'en'];
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The language whose word `text` is for `key`, or null: a file is read in either language. */
export function localeOfWord(key: keyof SheetWords, text: string): Locale | null {
  return LOCALE_LIST.find((l) => same(WORDS[l][key], text)) ?? null;
}

/** The group header of a metric: its name with its id in brackets, or the id alone. */
export function metricHeader(metric: { id: string; name?: string | undefined }): string {
  const name = metric.name?.trim();
  return name && name !== metric.id ? `${name} [${metric.id}]` : metric.id;
}

/** The id in a group header's trailing brackets, else the whole header (a name or an id). */
export function parseMetricHeader(text: string): { id: string | null; label: string } {
  const match = text.trim().match(/^(.*?)\s*[[［【]\s*([^\]］】]+?)\s*[\]］】]$/);
  if (match) return { id: match[2]!, label: match[1]!.trim() };
  return { id: null, label: text.trim() };
}

/** Excel number format showing the decimals of a precision, with thousands separators. */
export function numberFormatOf(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** Characters that take two columns in a spreadsheet cell: CJK, kana, Hangul, full-width. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The width of a text in character columns, wide characters counting two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) || (ch.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
  return width;
}

/** A column width that fits the widest of its texts, within readable bounds. */
export function columnWidth(texts: readonly string[], min = 8, max = 60): number {
  const widest = texts.reduce((w, t) => Math.max(w, ...t.split('\n').map(displayWidth)), 0);
  return Math.min(max, Math.max(min, widest + 2));
}

/** A number as Excel shows it with `numberFormatOf(decimals)`: 1234.5 → "1,234.50". */
export function formatForWidth(value: number, decimals: number): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** Header cells: bold on light grey, thin borders (set by the writer). */
export const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF2F2F2' },
};
/** Columns the manager fills in are tinted, header and cells alike. */
export const INPUT_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFF2CC' },
};
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFBFBFBF' } };
export const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
