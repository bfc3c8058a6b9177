import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS, defaultMetricsFor } from './default-metrics.ts';
import type { MetricDefinition } from './metric.ts';
import { validateMetric } from './validate-metric.ts';

const refs = { productIds: new Set(['p1']) };
const meetings: MetricDefinition = {
  key: 'meetings',
  name: '会议次数',
  kind: 'count',
  unit: '次',
  precision: 0,
  direction: 'higher_better',
  rule: { kind: 'activities', activity: 'meeting' },
};

describe('validateMetric', () => {
  it('accepts a custom metric of an existing kind', () => {
    expect(validateMetric(meetings, refs)).toEqual([]);
    expect(
      validateMetric(
        {
          ...meetings,
          key: 'product_a_revenue',
          kind: 'amount',
          rule: { kind: 'won_amount', productId: 'p1' },
        },
        refs,
      ),
    ).toEqual([]);
  });

  it('lists every problem with its place and code', () => {
    const problems = validateMetric(
      {
        key: 'Bad Key',
        name: '  ',
        kind: 'count',
        unit: '%',
        precision: 7,
        direction: 'higher_better',
        rule: { kind: 'lead_conversion', minLeads: 0 },
      },
      refs,
    );
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['key', 'invalid_metric_key'],
      ['name', 'name_required'],
      ['precision', 'precision_out_of_range'],
      ['rule.kind', 'rule_kind_mismatch'],
      ['rule.minLeads', 'minimum_denominator'],
    ]);
  });

  it.each([
    [{ kind: 'won_amount', productId: 'p9' }, 'amount', 'rule.productId', 'unknown_product'],
    [
      { kind: 'account_score', field: 'satisfaction', minAccounts: 1.5 },
      'rate',
      'rule.minAccounts',
      'minimum_denominator',
    ],
    [{ kind: 'activities', activity: 'fax' }, 'count', 'rule.activity', 'unknown_choice'],
    [{ kind: 'first_won_accounts' }, 'amount', 'rule.kind', 'rule_kind_mismatch'],
  ] as const)('%o as %s: %s %s', (rule, kind, path, code) => {
    const problems = validateMetric({ ...meetings, kind, rule: rule as never }, refs);
    expect(problems).toEqual([expect.objectContaining({ path, code })]);
  });
});

describe('the default catalogue', () => {
  it('has the six metrics the planning issue names, each valid, keys unique', () => {
    expect(DEFAULT_METRICS.map((m) => m.key)).toEqual([
      'revenue',
      'new_customers',
      'visits',
      'calls',
      'lead_conversion',
      'satisfaction',
    ]);
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const metric of defaultMetricsFor(locale, 'CNY')) {
        expect(validateMetric(metric, { productIds: new Set() })).toEqual([]);
      }
    }
  });

  it('words names and units in the workspace language; revenue is in its currency', () => {
    const zh = defaultMetricsFor('zh-CN', 'CNY');
    const en = defaultMetricsFor('en', 'USD');
    expect(zh[0]).toMatchObject({ key: 'revenue', name: '销售额', unit: 'CNY' });
    expect(en[0]).toMatchObject({ name: 'Revenue', unit: 'USD' });
    expect(zh[1]).toMatchObject({ name: '新客户数', unit: '家' });
    expect(en[5]).toMatchObject({ name: 'Customer satisfaction', unit: 'points' });
  });
});
