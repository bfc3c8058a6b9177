import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computePlan } from '../../domain/planning/compute-plan.ts';
import { specExample } from '../../domain/planning/plan-fixtures.test-support.ts';
import type { Locale } from '../../domain/shared/vocabulary.ts';
import { writePlanWorkbook } from './plan-workbook.ts';
import { parseNumberText, readPlanAdjustments } from './read-adjustments.ts';

const input = specExample();
const expected = { metrics: input.metrics, units: input.units };

async function exportPlan(
  locale: Locale,
  adjustments?: { unit: string; metric: string; value: number; comment: string }[],
): Promise<Buffer> {
  const outcome = computePlan({ ...input, adjustments }, locale);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return writePlanWorkbook({
    name: 'plan',
    locale,
    metrics: input.metrics,
    units: input.units,
    result: outcome.result,
    adjustments,
    generatedAt: new Date('2026-01-05T01:30:00Z'),
  });
}

/** The export with its targets sheet edited as a manager would in Excel. */
async function edited(
  locale: Locale,
  edit: (sheet: ExcelJS.Worksheet) => void,
  adjustments?: Parameters<typeof exportPlan>[1],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportPlan(locale, adjustments)) as unknown as ExcelJS.Buffer);
  edit(workbook.worksheets[0]!);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const codes = (outcome: Awaited<ReturnType<typeof readPlanAdjustments>>) =>
  outcome.ok ? [] : outcome.problems.map((p) => [p.path, p.code]);

// Layout of the spec example: A id, B name, C team; revenue D total, E–H Q1–Q4, I adjusted,
// J comment; new customers K total, L–O Q1–Q4, P adjusted, Q comment. Units A, B, C on rows 3–5.
describe('readPlanAdjustments — round trip', () => {
  it('reads back exactly the adjustments filled in', async () => {
    const buffer = await edited('zh-CN', (sheet) => {
      sheet.getCell('I4').value = 250.5;
      sheet.getCell('J4').value = '新签框架协议';
      sheet.getCell('P3').value = 15;
      sheet.getCell('Q3').value = '老客户转介绍';
      sheet.getCell('P5').value = 0;
      sheet.getCell('Q5').value = '调岗';
    });
    expect(await readPlanAdjustments(buffer, expected)).toEqual({
      ok: true,
      adjustments: [
        { unit: 'A', metric: 'new_customers', value: 15, comment: '老客户转介绍' },
        { unit: 'B', metric: 'revenue', value: 250.5, comment: '新签框架协议' },
        { unit: 'C', metric: 'new_customers', value: 0, comment: '调岗' },
      ],
    });
  });

  it('reads the adjustments the export already held', async () => {
    const adjustments = [{ unit: 'A', metric: 'revenue', value: 600, comment: 'renewal signed' }];
    const buffer = await exportPlan('en', adjustments);
    expect(await readPlanAdjustments(buffer, expected)).toEqual({ ok: true, adjustments });
  });

  it('finds no adjustment in an untouched export', async () => {
    expect(await readPlanAdjustments(await exportPlan('zh-CN'), expected)).toEqual({
      ok: true,
      adjustments: [],
    });
  });

  it('accepts what Excel and WPS users type: text numbers, separators, spaces, empty rows', async () => {
    const buffer = await edited('zh-CN', (sheet) => {
      sheet.getCell('I3').value = ' 1,234.50 ';
      sheet.getCell('J3').value = { richText: [{ text: '大单 ' }, { text: '确认' }] };
      sheet.getCell('P3').value = '１２';
      sheet.getCell('Q3').value = '  全角数字  ';
      sheet.spliceRows(4, 0, [], ['', '', '   ']);
      sheet.getCell('A6').value = 'B  ';
      sheet.getCell('I6').value = { formula: '100*3', result: 300 };
      sheet.getCell('J6').value = '公式';
      sheet.getCell('A7').value = 'C';
      sheet.getCell('I7').value = '   ';
      sheet.getCell('J7').value = '';
      sheet.addRow([]);
      sheet.addRow(['  ']);
    });
    expect(await readPlanAdjustments(buffer, expected)).toEqual({
      ok: true,
      adjustments: [
        { unit: 'A', metric: 'revenue', value: 1234.5, comment: '大单 确认' },
        { unit: 'A', metric: 'new_customers', value: 12, comment: '全角数字' },
        { unit: 'B', metric: 'revenue', value: 300, comment: '公式' },
      ],
    });
  });

  it('reads group headers whose merge was undone', async () => {
    const buffer = await edited('en', (sheet) => {
      sheet.unMergeCells('D1:J1');
      sheet.unMergeCells('K1:Q1');
      expect(sheet.getCell('P1').value).toBeNull();
      sheet.getCell('P5').value = 20;
      sheet.getCell('Q5').value = 'moved territory';
    });
    expect(await readPlanAdjustments(buffer, expected)).toEqual({
      ok: true,
      adjustments: [{ unit: 'C', metric: 'new_customers', value: 20, comment: 'moved territory' }],
    });
  });

  it('matches unit ids Excel turned into numbers', async () => {
    const units = [{ id: '1001' }, { id: '1002' }, { id: '1003' }];
    const buffer = await edited('zh-CN', (sheet) => {
      sheet.getCell('A3').value = 1001;
      sheet.getCell('A4').value = '1002';
      sheet.getCell('A5').value = 1003;
      sheet.getCell('I3').value = 1;
      sheet.getCell('J3').value = 'x';
    });
    expect(await readPlanAdjustments(buffer, { metrics: input.metrics, units })).toEqual({
      ok: true,
      adjustments: [{ unit: '1001', metric: 'revenue', value: 1, comment: 'x' }],
    });
  });
});

describe('readPlanAdjustments — problems, each with its cell', () => {
  it('reports every problem of the file at once, in Chinese for a Chinese file', async () => {
    const buffer = await edited('zh-CN', (sheet) => {
      sheet.getCell('I3').value = 'abc'; // not a number
      sheet.getCell('J3').value = '说明';
      sheet.getCell('I4').value = -5; // negative
      sheet.getCell('J4').value = '说明';
      sheet.getCell('P4').value = 2.5; // precision 1
      sheet.getCell('Q4').value = '说明';
      sheet.getCell('I5').value = 10.005; // precision 0.01
      sheet.getCell('P5').value = 3; // no comment
      sheet.getCell('A6').value = 'Z'; // unknown unit
      sheet.getCell('A7').value = 'B'; // duplicate of row 4
      sheet.getCell('I8').value = 1; // no unit id
      sheet.getCell('J8').value = '说明';
    });
    const outcome = await readPlanAdjustments(buffer, expected);
    expect(codes(outcome)).toEqual([
      ['目标!I3', 'not_a_number'],
      ['目标!I4', 'negative'],
      ['目标!P4', 'not_a_multiple'],
      ['目标!I5', 'not_a_multiple'],
      ['目标!J5', 'comment_required'],
      ['目标!Q5', 'comment_required'],
      ['目标!A6', 'unknown_unit'],
      ['目标!A7', 'duplicate_unit'],
      ['目标!A8', 'unit_id_missing'],
    ]);
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.message)).toEqual([
      '“abc”不是数字',
      '调整值不能为负数：-5',
      '2.5 不是精度 1 的整数倍',
      '10.005 不是精度 0.01 的整数倍',
      '填写了调整值时必须写调整说明',
      '填写了调整值时必须写调整说明',
      '未知单元编号“Z”',
      '单元编号“B”重复（第一次出现在 目标!A4）',
      '填写了调整值，但缺少单元编号',
    ]);
  });

  it('names cells on the English sheet, in English', async () => {
    const buffer = await edited('en', (sheet) => {
      sheet.getCell('I4').value = '12..5';
      sheet.getCell('J4').value = 'why';
      sheet.getCell('P3').value = 4;
      sheet.getCell('Q3').value = '   ';
    });
    const outcome = await readPlanAdjustments(buffer, expected);
    expect(outcome).toEqual({
      ok: false,
      problems: [
        {
          path: 'Targets!Q3',
          code: 'comment_required',
          message: 'an adjusted value needs a comment',
        },
        { path: 'Targets!I4', code: 'not_a_number', message: '"12..5" is not a number' },
      ],
    });
  });

  it('reports a metric column the plan does not have, at its group header', async () => {
    const buffer = await edited('zh-CN', (sheet) => {
      sheet.getCell('K1').value = '利润 [profit]';
      sheet.getCell('P3').value = 5;
      sheet.getCell('Q3').value = '不应读取';
    });
    expect(codes(await readPlanAdjustments(buffer, expected))).toEqual([
      ['目标!K1', 'unknown_metric'],
    ]);
  });

  it('matches a group header by metric name when the id is gone, and reports a repeated metric', async () => {
    const renamed = await edited('zh-CN', (sheet) => {
      sheet.getCell('D1').value = '销售额';
      sheet.getCell('I3').value = 7;
      sheet.getCell('J3').value = 'ok';
    });
    expect(await readPlanAdjustments(renamed, expected)).toEqual({
      ok: true,
      adjustments: [{ unit: 'A', metric: 'revenue', value: 7, comment: 'ok' }],
    });
    const twice = await edited('zh-CN', (sheet) => {
      sheet.getCell('K1').value = '销售额 [revenue]';
    });
    expect(codes(await readPlanAdjustments(twice, expected))).toEqual([
      ['目标!K1', 'duplicate_metric'],
    ]);
  });

  it('reports an adjusted value column without its comment column', async () => {
    const buffer = await edited('zh-CN', (sheet) => {
      sheet.getCell('Q2').value = '备注';
    });
    expect(codes(await readPlanAdjustments(buffer, expected))).toEqual([
      ['目标!P2', 'comment_column_missing'],
    ]);
  });

  it('answers a file that is not XLSX with one problem, never an exception', async () => {
    for (const bytes of [
      Buffer.from('unit,metric,value\nA,revenue,1\n'),
      Buffer.alloc(0),
      new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]),
    ]) {
      const outcome = await readPlanAdjustments(bytes, expected);
      expect(outcome).toEqual({
        ok: false,
        problems: [{ path: '', code: 'not_xlsx', message: '不是有效的 Excel 工作簿（.xlsx）' }],
      });
    }
  });

  it('answers a workbook of another layout with one problem', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['name', 'value']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(codes(await readPlanAdjustments(buffer, expected))).toEqual([
      ['Sheet1!A2', 'no_adjustment_columns'],
    ]);
  });
});

describe('parseNumberText', () => {
  it.each([
    ['1234', 1234],
    [' 1,234.5 ', 1234.5],
    ['1 234', 1234],
    ['１，２３４．５', 1234.5],
    ['+7', 7],
    ['-3', -3],
    ['.5', 0.5],
    ['1,2', null],
    ['12,34.5', null],
    ['1e3', null],
    ['abc', null],
    ['', null],
  ])('%j → %j', (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });
});
