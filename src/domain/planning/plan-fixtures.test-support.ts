/** Small plan inputs for the planning tests, with overrides. */
import type { PlanInput, PlanMetric, PlanUnit } from './plan-input.ts';

export function aMetric(overrides: Partial<PlanMetric> = {}): PlanMetric {
  return {
    id: 'revenue',
    name: '销售额',
    kind: 'amount',
    target: 1000,
    precision: 1,
    ...overrides,
  };
}

export function aUnit(id: string, overrides: Partial<PlanUnit> = {}): PlanUnit {
  return { id, name: id, ...overrides };
}

export function aPlan(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    format: 'allot.plan/1',
    period: { start: '2026-01-01', end: '2026-12-31', split: 'none' },
    metrics: [aMetric()],
    units: [aUnit('A'), aUnit('B')],
    ...overrides,
  };
}

/** The example of shared/spec/plan.md, completed with two more units. */
export function specExample(): PlanInput {
  return {
    format: 'allot.plan/1',
    period: { start: '2026-01-01', end: '2026-12-31', split: 'quarter' },
    seasonality: [0.2, 0.25, 0.25, 0.3],
    metrics: [
      { id: 'revenue', name: '销售额', kind: 'amount', unit: 'CNY', target: 1000, precision: 0.01 },
      {
        id: 'new_customers',
        name: '新客户数',
        kind: 'count',
        target: 30,
        precision: 1,
        method: { drivers: [{ driver: 'even', weight: 1 }] },
      },
    ],
    teams: [{ id: 'east', parent: null, targets: { revenue: 600 } }],
    units: [
      {
        id: 'A',
        name: '张伟',
        team: 'east',
        hiredOn: '2018-05-01',
        history: { revenue: 400 },
        potential: 50,
        pipeline: { revenue: 300 },
      },
      {
        id: 'B',
        name: '李娜',
        team: 'east',
        hiredOn: '2025-11-15',
        history: { revenue: 200 },
        potential: 30,
      },
      { id: 'C', name: '王强', hiredOn: '2020-03-01', history: { revenue: 300 }, potential: 20 },
    ],
    method: {
      drivers: [
        { driver: 'potential', weight: 0.5 },
        { driver: 'history', weight: 0.5 },
      ],
      ramp: 'normalize',
      rampCurve: [0.25, 0.5, 0.75, 1],
      growth: { min: null, max: 0.5 },
    },
    funnel: { avgDeal: 50, winRate: 0.25, oppPerLead: 0.3, visitsPerOpp: 3 },
  };
}
