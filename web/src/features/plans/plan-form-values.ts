/**
 * The 新建计划 form's values and their translation to `POST /plans`: amounts are typed in yuan
 * and sent in 分, driver weights in percent and sent as fractions; the server's issue paths
 * (`plan.metrics[0].method.drivers[1].driver`) are mapped back onto the fields.
 */
import type { Dayjs } from 'dayjs';
import type { IssuePath } from '../../api/form-errors.ts';
import { type Plan, periodStartOf } from './plan-model.ts';

export const DRIVERS = ['history', 'potential', 'pipeline', 'even'] as const;
export type Driver = (typeof DRIVERS)[number];
export const HISTORY_BASE_CHOICES = ['same_period_last_year', 'trailing_12_months'] as const;

export type MetricChoice = { key: string; kind: string };

export type PlanFormValues = {
  name: string;
  periodKind: Plan['periodKind'];
  periodStart: Dayjs | null;
  split: Plan['split'];
  allocation: Plan['allocation'];
  /** Top-down: the driver each level splits by (company → regions, regions → teams, …). */
  levels: (Driver | null)[];
  metrics: {
    metric?: string;
    target?: number | null;
    historyBase: (typeof HISTORY_BASE_CHOICES)[number];
    drivers: { driver?: Driver; weight?: number | null }[];
  }[];
};

export const DEFAULT_DRIVERS: PlanFormValues['metrics'][number]['drivers'] = [
  { driver: 'history', weight: 50 },
  { driver: 'potential', weight: 50 },
];

export const newMetricRow = (metric?: string): PlanFormValues['metrics'][number] => ({
  metric,
  target: null,
  historyBase: 'same_period_last_year',
  drivers: DEFAULT_DRIVERS.map((d) => ({ ...d })),
});

/** The request body of `POST /plans`. */
export const toCreateBody = (values: PlanFormValues, catalogue: readonly MetricChoice[]) => {
  const kindOf = new Map(catalogue.map((m) => [m.key, m.kind]));
  const start = values.periodStart;
  return {
    name: values.name.trim(),
    periodKind: values.periodKind,
    periodStart: start ? periodStartOf(values.periodKind, start.year(), start.month()) : '',
    split: values.periodKind === 'month' ? 'month' : values.split,
    allocation: values.allocation,
    ...(values.allocation === 'top_down'
      ? {
          levelMethods: values.levels.map((driver) =>
            driver ? { drivers: [{ driver, weight: 1 }] } : null,
          ),
        }
      : {}),
    metrics: values.metrics.map((row) => {
      const amount = kindOf.get(row.metric ?? '') === 'amount';
      const target = row.target ?? 0;
      const drivers = row.drivers
        .filter((d) => d.driver !== undefined)
        .map((d) => ({ driver: d.driver as Driver, weight: (d.weight ?? 0) / 100 }));
      return {
        metric: row.metric ?? '',
        target: Math.round(amount ? target * 100 : target),
        historyBase: row.historyBase,
        ...(drivers.length > 0 ? { method: { drivers } } : {}),
      };
    }),
  };
};

const TOP_FIELDS = new Set(['name', 'periodKind', 'periodStart', 'split']);
const METRIC_FIELDS = new Set(['metric', 'target', 'historyBase']);

/** The form field an issue belongs to, or null (it is shown in the alert instead). */
export const planFieldOf = (raw: IssuePath): IssuePath | null => {
  const path = raw[0] === 'plan' ? raw.slice(1) : raw;
  const [head, index, field, ...rest] = path;
  if (typeof head === 'string' && path.length === 1 && TOP_FIELDS.has(head)) return [head];
  if (head !== 'metrics' || typeof index !== 'number') return null;
  if (typeof field === 'string' && METRIC_FIELDS.has(field)) return ['metrics', index, field];
  if (field === 'method' && rest[0] === 'drivers' && typeof rest[1] === 'number') {
    const leaf = rest[2] === 'weight' ? 'weight' : 'driver';
    return ['metrics', index, 'drivers', rest[1], leaf];
  }
  if (field === 'method') return ['metrics', index, 'metric'];
  return null;
};
