/** Plans as the API answers them, for the planning pages' tests: two reps, two metrics. */
import type { Plan, PlanDetail, PlanStatus, PlanVersion } from './plan-model.ts';

export const PLAN_ID = '00000000-0000-4000-8000-0000000000a1';
export const WANG = '00000000-0000-4000-8000-00000000000a';
export const LI = '00000000-0000-4000-8000-00000000000b';
const TEAM = '00000000-0000-4000-8000-0000000000c1';
const ADMIN = '00000000-0000-4000-8000-0000000000ad';

export const aPlan = (overrides: Partial<Plan> = {}): Plan => ({
  id: PLAN_ID,
  name: '2027 年度目标',
  periodKind: 'quarter',
  periodStart: '2027-01-01',
  periodEnd: '2027-03-31',
  split: 'month',
  seasonality: null,
  allocation: 'direct',
  method: {},
  levelMethods: [],
  potentialFactors: {},
  status: 'draft',
  version: 2,
  createdBy: ADMIN,
  updatedBy: ADMIN,
  createdAt: '2026-12-01T02:00:00.000Z',
  updatedAt: '2026-12-02T03:30:00.000Z',
  publishedAt: null,
  publishedBy: null,
  ...overrides,
});

const months = (values: number[]) => values.map((value, i) => ({ label: `2027-0${i + 1}`, value }));

/**
 * 王芳 (veteran) gets 600,000 yuan of revenue, adjusted by a manager; 李强 (new, ramping at 50%)
 * 300,000 and is flagged as hard for his potential. New customers: 8 and 4.
 */
export const aPlanDetail = (status: PlanStatus = 'draft'): PlanDetail => ({
  ...aPlan({ status }),
  metrics: [
    {
      metric: {
        id: 'm1',
        key: 'revenue',
        name: '销售额',
        kind: 'amount',
        unit: 'CNY',
        precision: 0,
      },
      target: 90_000_000,
      method: null,
      historyBase: 'same_period_last_year',
      teamTargets: {},
    },
    {
      metric: {
        id: 'm2',
        key: 'new_customers',
        name: '新客户数',
        kind: 'count',
        unit: '家',
        precision: 0,
      },
      target: 12,
      method: null,
      historyBase: 'same_period_last_year',
      teamTargets: {},
    },
  ],
  current: {
    version: 2,
    status,
    change: 'adjusted',
    detail: null,
    createdBy: ADMIN,
    createdAt: '2026-12-02T03:30:00.000Z',
    input: {
      format: 'allot.plan/1',
      period: { start: '2027-01-01', end: '2027-03-31', split: 'month' },
      metrics: [
        {
          id: 'revenue',
          name: '销售额',
          kind: 'amount',
          unit: 'CNY',
          target: 90_000_000,
          precision: 1,
        },
        {
          id: 'new_customers',
          name: '新客户数',
          kind: 'count',
          unit: '家',
          target: 12,
          precision: 1,
        },
      ],
      teams: [{ id: TEAM, name: '华东一组', parent: null }],
      units: [
        { id: WANG, name: '王芳', team: TEAM, hiredOn: '2020-03-01', potential: 2 },
        { id: LI, name: '李强', team: TEAM, hiredOn: '2026-10-01', potential: 0.5 },
      ],
      adjustments: [{ unit: WANG, metric: 'revenue', value: 60_000_000, comment: '大客户续约' }],
    },
    result: {
      format: 'allot.plan-result/1',
      targets: [
        {
          unit: WANG,
          metric: 'revenue',
          value: 60_000_000,
          periods: months([20_000_000, 20_000_000, 20_000_000]),
          terms: [
            { term: 'share', driver: 'history', weight: 1, value: 0.7 },
            { term: 'base', share: 0.7, of: 90_000_000, value: 63_000_000 },
            { term: 'adjustment', value: 60_000_000, comment: '大客户续约' },
          ],
          text: '王芳 · 销售额目标：经理调整',
        },
        {
          unit: LI,
          metric: 'revenue',
          value: 30_000_000,
          periods: [
            {
              label: '2027-01',
              value: 10_000_000,
              derived: { wonDeals: 2, opportunities: 5, leads: 20, visits: 10 },
            },
            {
              label: '2027-02',
              value: 10_000_000,
              derived: { wonDeals: 2, opportunities: 5, leads: 20, visits: 10 },
            },
            {
              label: '2027-03',
              value: 10_000_000,
              derived: { wonDeals: 2, opportunities: 5, leads: 20, visits: 10 },
            },
          ],
          terms: [
            { term: 'share', driver: 'history', weight: 1, value: 0.3 },
            { term: 'base', share: 0.3, of: 90_000_000, value: 27_000_000 },
            { term: 'ramp', mode: 'normalize', value: 0.5, delta: 3_000_000 },
            { term: 'rounding', value: 0 },
          ],
          derived: { wonDeals: 6, opportunities: 15, leads: 60, visits: 30 },
          text: '李强 · 销售额目标 30000000 CNY：按历史业绩占 30%',
        },
        {
          unit: WANG,
          metric: 'new_customers',
          value: 8,
          periods: months([3, 3, 2]),
          terms: [{ term: 'share', driver: 'even', weight: 1, value: 0.5 }],
          text: '',
        },
        {
          unit: LI,
          metric: 'new_customers',
          value: 4,
          periods: months([2, 1, 1]),
          terms: [{ term: 'share', driver: 'even', weight: 1, value: 0.5 }],
          text: '',
        },
      ],
      rollup: [],
      fairness: {
        revenue: {
          difficulty: { [WANG]: 30_000_000, [LI]: 60_000_000 },
          relativeDifficulty: { [WANG]: 0.75, [LI]: 1.5 },
          cv: 0.33,
          gini: 0.17,
          flagged: [LI],
        },
      },
      unassigned: { revenue: 0 },
      warnings: [
        {
          code: 'unfair_difficulty',
          metric: 'revenue',
          units: [LI],
          text: '销售额：李强 的相对难度超过 1.2，目标相对其潜力偏高。',
        },
      ],
    },
  },
});

export const someVersions = (): { items: PlanVersion[] } => ({
  items: [
    {
      planId: PLAN_ID,
      version: 2,
      status: 'draft',
      change: 'adjusted',
      detail: { repId: WANG, metric: 'revenue', value: 60_000_000, comment: '大客户续约' },
      createdBy: ADMIN,
      createdAt: '2026-12-02T03:30:00.000Z',
    },
    {
      planId: PLAN_ID,
      version: 1,
      status: 'draft',
      change: 'created',
      detail: null,
      createdBy: ADMIN,
      createdAt: '2026-12-01T02:00:00.000Z',
    },
  ],
});
