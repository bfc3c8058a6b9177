/**
 * The derivation sheet of a plan workbook (计算过程 / Derivation): one row per unit × metric ×
 * term, in the order the steps ran, with the sentence that explains each target on its first
 * row, so a rep can follow every number of the targets sheet.
 */
import type ExcelJS from 'exceljs';
import type { PlanTerm, TermKind, UnitTarget } from '../../domain/planning/plan-result.ts';
import { DRIVER, RAMP } from '../../domain/planning/render-plan-text.ts';
import type { Locale } from '../../domain/shared/vocabulary.ts';
import { BOX, columnWidth, HEADER_FILL, WORDS } from './plan-sheet-layout.ts';

export type DerivationPlan = {
  readonly locale: Locale;
  readonly metrics: readonly { readonly id: string; readonly name?: string | undefined }[];
  readonly units: readonly { readonly id: string; readonly name?: string | undefined }[];
};

const TERM: Record<Locale, Record<TermKind, string>> = {
  'zh-CN': {
    share: '份额',
    base: '基础分配',
    ramp: '爬坡',
    gap: '缺口分摊',
    adjustment: '人工调整',
    clamp: '增长限制',
    respread: '重新分摊',
    rounding: '取整',
  },
  en: {
    share: 'share',
    base: 'base',
    ramp: 'ramp',
    gap: 'gap',
    adjustment: 'adjustment',
    clamp: 'growth bound',
    respread: 're-spread',
    rounding: 'rounding',
  },
};
const DERIVATION_HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['单元编号', '单元名称', '指标', '步骤', '驱动因素', '数值', '变动', '明细', '说明'],
  en: ['Unit ID', 'Unit', 'Metric', 'Term', 'Driver', 'Value', 'Change', 'Detail', 'Explanation'],
};

export function addDerivationSheet(
  workbook: ExcelJS.Workbook,
  plan: DerivationPlan,
  targetOf: (unit: string, metric: string) => UnitTarget | undefined,
): void {
  const locale = plan.locale;
  const headers = DERIVATION_HEADERS[locale];
  const sheet = workbook.addWorksheet(WORDS[locale].derivation, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  const texts: string[][] = headers.map((h) => [h]);
  const headerRow = sheet.getRow(1);
  headers.forEach((h, k) => {
    const cell = headerRow.getCell(k + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BOX;
  });

  let r = 2;
  for (const unit of plan.units) {
    for (const metric of plan.metrics) {
      const target = targetOf(unit.id, metric.id);
      if (!target) continue;
      target.terms.forEach((term, k) => {
        const values: (string | number | null)[] = [
          unit.id,
          unit.name ?? unit.id,
          metric.name ?? metric.id,
          TERM[locale][term.term],
          term.term === 'share' ? DRIVER[locale][term.driver] : null,
          term.value,
          'delta' in term ? term.delta : null,
          termDetail(term, locale),
          k === 0 ? target.text : null,
        ];
        const row = sheet.getRow(r);
        values.forEach((v, c) => {
          if (v === null || v === '') return;
          row.getCell(c + 1).value = v;
          if (c !== 8)
            texts[c]!.push(typeof v === 'number' ? String(Number(v.toPrecision(10))) : v);
        });
        row.getCell(9).alignment = { wrapText: true, vertical: 'top' };
        r += 1;
      });
    }
  }
  texts.forEach((list, c) => {
    sheet.getColumn(c + 1).width = c === 8 ? 80 : columnWidth(list, 8, 40);
  });
}

const pct = (x: number) => `${Number((x * 100).toFixed(2))}%`;

/** What a term rests on, beyond its value: a weight, the amount shared, a mode, a bound. */
function termDetail(term: PlanTerm, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (term.term) {
    case 'share':
      return zh ? `权重 ${term.weight}` : `weight ${term.weight}`;
    case 'base':
      return zh ? `份额 ${term.share} × ${term.of}` : `share ${term.share} × ${term.of}`;
    case 'ramp':
      return RAMP[locale][term.mode];
    case 'adjustment':
      return term.comment;
    case 'clamp': {
      const bound = term.bound === 'max' ? (zh ? '上限' : 'ceiling') : zh ? '下限' : 'floor';
      return zh
        ? `${bound}：历史 ${term.history} × (1 + ${pct(term.growth)})`
        : `${bound}: history ${term.history} × (1 + ${pct(term.growth)})`;
    }
    case 'gap':
    case 'respread':
    case 'rounding':
      return '';
    default: {
      const unreachable: never = term;
      return unreachable;
    }
  }
}
