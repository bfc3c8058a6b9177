import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computePlan } from '../../domain/planning/compute-plan.ts';
import { aMetric, aPlan, specExample } from '../../domain/planning/plan-fixtures.test-support.ts';
import type { PlanInput } from '../../domain/planning/plan-input.ts';
import type { PlanResult } from '../../domain/planning/plan-result.ts';
import type { Locale } from '../../domain/shared/vocabulary.ts';
import { displayWidth } from './plan-sheet-layout.ts';
import { type WorkbookAdjustment, writePlanWorkbook } from './plan-workbook.ts';

function planOf(input: PlanInput, locale: Locale): PlanResult {
  const outcome = computePlan(input, locale);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.result;
}

const GENERATED_AT = new Date('2026-01-05T01:30:00Z');

async function exported(
  locale: Locale,
  input: PlanInput = specExample(),
  adjustments?: WorkbookAdjustment[],
): Promise<{ workbook: ExcelJS.Workbook; result: PlanResult }> {
  const result = planOf({ ...input, adjustments }, locale);
  const buffer = await writePlanWorkbook({
    name: '2026 年度销售计划',
    locale,
    metrics: input.metrics,
    units: input.units,
    result,
    adjustments,
    period: input.period,
    generatedAt: GENERATED_AT,
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return { workbook, result };
}

/** A row's values up to its last cell, empty cells as null. */
function rowTexts(sheet: ExcelJS.Worksheet, r: number): ExcelJS.CellValue[] {
  const row = sheet.getRow(r);
  return Array.from({ length: row.cellCount }, (_, c) => row.getCell(c + 1).value ?? null);
}

// Layout of the spec example: A id, B name, C team; revenue D total, E–H Q1–Q4, I adjusted,
// J comment; new customers K total, L–O Q1–Q4, P adjusted, Q comment.
describe('writePlanWorkbook — targets sheet', () => {
  it('names the sheets in Chinese and lays out the two header rows', async () => {
    const { workbook } = await exported('zh-CN');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['目标', '计算过程', '计划信息']);
    const sheet = workbook.getWorksheet('目标')!;
    expect(sheet.getCell('D1').value).toBe('销售额 [revenue]');
    expect(sheet.getCell('J1').master.address).toBe('D1');
    expect(sheet.getCell('K1').value).toBe('新客户数 [new_customers]');
    expect(rowTexts(sheet, 2)).toEqual([
      '单元编号',
      '单元名称',
      '团队',
      '合计 (CNY)',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '调整值',
      '调整说明',
      '合计',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '调整值',
      '调整说明',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 2 });
  });

  it('writes one row per unit with totals and sub-periods of the result', async () => {
    const { workbook, result } = await exported('zh-CN');
    const sheet = workbook.getWorksheet('目标')!;
    expect(rowTexts(sheet, 3).slice(0, 10)).toEqual([
      'A',
      '张伟',
      'east',
      543.13,
      108.63,
      135.78,
      135.78,
      162.94,
      null,
      null,
    ]);
    for (const [k, unit] of ['A', 'B', 'C'].entries()) {
      const row = sheet.getRow(3 + k);
      const revenue = result.targets.find((t) => t.unit === unit && t.metric === 'revenue')!;
      const customers = result.targets.find(
        (t) => t.unit === unit && t.metric === 'new_customers',
      )!;
      expect(row.getCell('A').value).toBe(unit);
      expect(row.getCell('D').value).toBe(revenue.value);
      expect(['E', 'F', 'G', 'H'].map((c) => row.getCell(c).value)).toEqual(
        revenue.periods.map((p) => p.value),
      );
      expect(row.getCell('K').value).toBe(customers.value);
    }
    expect(sheet.getCell('C5').value).toBeNull(); // 王强 has no team
    expect(sheet.rowCount).toBe(5);
  });

  it('formats numbers by each metric precision', async () => {
    const { workbook } = await exported('zh-CN');
    const sheet = workbook.getWorksheet('目标')!;
    for (const address of ['D3', 'E4', 'H5', 'I3'])
      expect(sheet.getCell(address).numFmt).toBe('#,##0.00');
    for (const address of ['K3', 'O5', 'P4']) expect(sheet.getCell(address).numFmt).toBe('#,##0');
  });

  it('shows the adjustments already in the plan in the adjusted value and comment columns', async () => {
    const { workbook } = await exported('zh-CN', specExample(), [
      { unit: 'B', metric: 'new_customers', value: 9, comment: '新区域开拓' },
    ]);
    const sheet = workbook.getWorksheet('目标')!;
    expect(sheet.getCell('P4').value).toBe(9);
    expect(sheet.getCell('Q4').value).toBe('新区域开拓');
    expect(sheet.getCell('K4').value).toBe(9);
    expect(sheet.getCell('P3').value).toBeNull();
  });

  it('sizes columns for Chinese text: two columns per character', async () => {
    const input = specExample();
    const units = input.units.map((u, k) =>
      k === 0 ? { ...u, name: '欧阳诸葛明远（华东大客户部）' } : u,
    );
    const { workbook } = await exported('zh-CN', { ...input, units });
    const sheet = workbook.getWorksheet('目标')!;
    expect(displayWidth('欧阳诸葛明远（华东大客户部）')).toBe(28);
    expect(sheet.getColumn('B').width).toBeGreaterThanOrEqual(28);
    expect(sheet.getColumn('J').width).toBeGreaterThanOrEqual(displayWidth('调整说明'));
    // The unit id column stays narrow.
    expect(sheet.getColumn('A').width).toBeLessThanOrEqual(12);
  });

  it('uses English headers and sheet names in en', async () => {
    const { workbook } = await exported('en');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Targets', 'Derivation', 'Plan info']);
    const sheet = workbook.getWorksheet('Targets')!;
    expect(rowTexts(sheet, 2).slice(0, 4)).toEqual(['Unit ID', 'Unit', 'Team', 'Total (CNY)']);
    expect(sheet.getCell('I2').value).toBe('Adjusted value');
    expect(sheet.getCell('J2').value).toBe('Comment');
  });

  it('has no sub-period columns when the period is not split', async () => {
    const { workbook } = await exported('en', aPlan({ metrics: [aMetric({ precision: 1 })] }));
    const sheet = workbook.getWorksheet('Targets')!;
    expect(rowTexts(sheet, 2)).toEqual(['Unit ID', 'Unit', 'Total', 'Adjusted value', 'Comment']);
    expect(sheet.getCell('C1').value).toBe('销售额 [revenue]');
    expect(rowTexts(sheet, 3)).toEqual(['A', 'A', 500, null, null]);
  });
});

describe('writePlanWorkbook — derivation and info sheets', () => {
  it('lists every term of every target, with the sentence once per target', async () => {
    const { workbook, result } = await exported('zh-CN');
    const sheet = workbook.getWorksheet('计算过程')!;
    expect(rowTexts(sheet, 1)).toEqual([
      '单元编号',
      '单元名称',
      '指标',
      '步骤',
      '驱动因素',
      '数值',
      '变动',
      '明细',
      '说明',
    ]);
    const terms = result.targets.reduce((n, t) => n + t.terms.length, 0);
    expect(sheet.rowCount).toBe(1 + terms);
    const a = result.targets.find((t) => t.unit === 'A' && t.metric === 'revenue')!;
    expect(rowTexts(sheet, 2)).toEqual([
      'A',
      '张伟',
      '销售额',
      '份额',
      '市场潜力',
      0.5,
      null,
      '权重 0.5',
      a.text,
    ]);
    expect(rowTexts(sheet, 5)).toEqual([
      'A',
      '张伟',
      '销售额',
      '爬坡',
      null,
      1,
      70.908768,
      '按比例重新分摊',
      null,
    ]);
    expect(rowTexts(sheet, 6).slice(3, 6)).toEqual(['取整', null, -0.00099]);
  });

  it('shows an adjustment with its comment in the derivation', async () => {
    const { workbook } = await exported('en', specExample(), [
      { unit: 'A', metric: 'revenue', value: 600, comment: 'renewal signed' },
    ]);
    const sheet = workbook.getWorksheet('Derivation')!;
    const rows = Array.from({ length: sheet.rowCount }, (_, k) => rowTexts(sheet, k + 1));
    expect(rows).toContainEqual([
      'A',
      '张伟',
      '销售额',
      'adjustment',
      null,
      600,
      null,
      'renewal signed',
      expect.any(String),
    ]);
  });

  it('writes the plan info in the business time zone, with the warnings', async () => {
    const { workbook, result } = await exported('zh-CN');
    const sheet = workbook.getWorksheet('计划信息')!;
    expect(rowTexts(sheet, 1)).toEqual(['计划名称', '2026 年度销售计划']);
    expect(rowTexts(sheet, 2)).toEqual(['计划期间', '2026-01-01 – 2026-12-31']);
    expect(rowTexts(sheet, 3)).toEqual(['生成时间', '2026-01-05 09:30 (Asia/Shanghai)']);
    expect(result.warnings.length).toBeGreaterThan(0);
    const texts = Array.from(
      { length: sheet.rowCount },
      (_, k) => sheet.getRow(k + 1).getCell(2).value,
    );
    for (const w of result.warnings) expect(texts).toContain(w.text);
  });
});
