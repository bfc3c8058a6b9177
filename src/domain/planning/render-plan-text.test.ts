import { describe, expect, it } from 'vitest';
import type { PlanTerm } from './plan-result.ts';
import { formatNumber, renderTargetText, renderWarningText } from './render-plan-text.ts';

const sentence = (terms: PlanTerm[], locale: 'zh-CN' | 'en') =>
  renderTargetText(
    {
      unitName: '张伟',
      metricName: '销售额',
      metricUnit: 'CNY',
      decimals: 2,
      split: 'none',
      value: 360,
      terms,
      periods: [{ label: '2026-01-01/2026-12-31', value: 360 }],
      derived: undefined,
    },
    locale,
  );

describe('renderTargetText', () => {
  it.each<[PlanTerm, string, string]>([
    [{ term: 'gap', value: 75 }, '承担新人爬坡缺口 +75', '+75 of the new hires’ ramp gap'],
    [
      { term: 'adjustment', value: 360, comment: '续约大单已确认' },
      '经理调整为 360（续约大单已确认）',
      'set by the manager to 360 (续约大单已确认)',
    ],
    [
      { term: 'clamp', bound: 'max', growth: 0.2, history: 300, value: 360, delta: -15 },
      '受增长上限约束，不超过上期 300 的 120%，即 360（−15）',
      'held at the growth cap: 120% of last period’s 300 = 360 (−15)',
    ],
    [
      { term: 'clamp', bound: 'min', growth: -0.1, history: 400, value: 360, delta: 10 },
      '受增长下限约束，不低于上期 400 的 90%，即 360（+10）',
      'held at the growth floor: 90% of last period’s 400 = 360 (+10)',
    ],
    [
      { term: 'respread', value: 30 },
      '分摊受增长限制成员的差额 +30',
      '+30 re-spread from units held at a growth bound',
    ],
    [
      { term: 'ramp', mode: 'protect', value: 0.5, delta: -150 },
      '爬坡系数 0.5（缺口由已满产成员承担）：−150',
      'ramp factor 0.5 (gap carried by fully ramped units): −150',
    ],
    [{ term: 'rounding', value: 0.004 }, '取整 +0.004', 'rounding +0.004'],
  ])('words %j in both languages', (term, zh, en) => {
    expect(sentence([term], 'zh-CN')).toBe(`张伟 · 销售额目标 360 CNY：${zh}。`);
    expect(sentence([term], 'en')).toBe(
      `张伟 · 销售额 target 360 CNY: ${en}.`.replaceAll('’', "'"),
    );
  });

  it('formats numbers to the precision without trailing zeros', () => {
    expect(formatNumber(555.5, 2)).toBe('555.5');
    expect(formatNumber(12, 2)).toBe('12');
    expect(formatNumber(0.0004, 2)).toBe('0');
    expect(formatNumber(1000, 0)).toBe('1000');
  });
});

describe('renderWarningText', () => {
  const name = (id: string | undefined) => ({ revenue: '销售额', A: '张伟' })[id ?? ''] ?? id ?? '';
  it('names metrics and units by their display names', () => {
    expect(
      renderWarningText(
        { code: 'ramp_gap_unassigned', metric: 'revenue', amount: 250 },
        'zh-CN',
        name,
      ),
    ).toBe('销售额：没有已满产的成员承担爬坡缺口，250 未分配。');
    expect(renderWarningText({ code: 'potential_not_positive', unit: 'A' }, 'en', name)).toBe(
      "张伟's potential index is not above 0 and counts as 0.",
    );
  });
});
