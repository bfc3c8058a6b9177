/**
 * The metrics every workspace starts with. Their counting rules are fixed; administrators may
 * rename them, change how they are shown, or switch them off, and add metrics of their own.
 */
import type { Locale } from '../shared/vocabulary.ts';
import type { MetricDefinition } from './metric.ts';

type Worded = Readonly<Record<Locale, string>>;

export type DefaultMetric = Omit<MetricDefinition, 'name' | 'unit'> & {
  readonly names: Worded;
  /** `currency`: the workspace's currency code (amounts are in its minor units). */
  readonly unit: Worded | 'currency';
};

export const DEFAULT_METRICS: readonly DefaultMetric[] = [
  {
    key: 'revenue',
    names: { 'zh-CN': '销售额', en: 'Revenue' },
    kind: 'amount',
    unit: 'currency',
    precision: 0,
    direction: 'higher_better',
    rule: { kind: 'won_amount' },
  },
  {
    key: 'new_customers',
    names: { 'zh-CN': '新客户数', en: 'New customers' },
    kind: 'count',
    unit: { 'zh-CN': '家', en: 'customers' },
    precision: 0,
    direction: 'higher_better',
    rule: { kind: 'first_won_accounts' },
  },
  {
    key: 'visits',
    names: { 'zh-CN': '拜访次数', en: 'Visits' },
    kind: 'count',
    unit: { 'zh-CN': '次', en: 'visits' },
    precision: 0,
    direction: 'higher_better',
    rule: { kind: 'activities', activity: 'visit' },
  },
  {
    key: 'calls',
    names: { 'zh-CN': '电话次数', en: 'Calls' },
    kind: 'count',
    unit: { 'zh-CN': '次', en: 'calls' },
    precision: 0,
    direction: 'higher_better',
    rule: { kind: 'activities', activity: 'call' },
  },
  {
    key: 'lead_conversion',
    names: { 'zh-CN': '线索转化率', en: 'Lead conversion' },
    kind: 'rate',
    unit: { 'zh-CN': '%', en: '%' },
    precision: 1,
    direction: 'higher_better',
    rule: { kind: 'lead_conversion', minLeads: 10 },
  },
  {
    key: 'satisfaction',
    names: { 'zh-CN': '客户满意度', en: 'Customer satisfaction' },
    kind: 'rate',
    unit: { 'zh-CN': '分', en: 'points' },
    precision: 1,
    direction: 'higher_better',
    rule: { kind: 'account_score', field: 'satisfaction', minAccounts: 3 },
  },
];

/** The default catalogue worded in the workspace's language, amounts in its currency. */
export function defaultMetricsFor(locale: Locale, currency: string): MetricDefinition[] {
  return DEFAULT_METRICS.map(({ names, unit, ...rest }) => ({
    ...rest,
    name: names[locale],
    unit: unit === 'currency' ? currency : unit[locale],
  }));
}
