import { describe, expect, it } from 'vitest';
import { aMetric, aPlan, aUnit } from './plan-fixtures.test-support.ts';
import { validatePlan } from './validate-plan.ts';

const paths = (input: Parameters<typeof validatePlan>[0]) => validatePlan(input).map((p) => p.path);

describe('validatePlan', () => {
  it('accepts a consistent plan', () => {
    expect(validatePlan(aPlan())).toEqual([]);
  });

  it('wants one seasonality weight per sub-period', () => {
    const problems = validatePlan(
      aPlan({
        period: { start: '2026-01-01', end: '2026-12-31', split: 'quarter' },
        seasonality: [1, 1, 1],
      }),
    );
    expect(problems).toEqual([
      { path: 'seasonality', message: 'needs 4 weights, one per quarter; got 3' },
    ]);
    // The default split is by month.
    expect(
      paths(aPlan({ period: { start: '2026-01-01', end: '2026-12-31' }, seasonality: [1, 2] })),
    ).toEqual(['seasonality']);
    expect(paths(aPlan({ seasonality: [0] }))).toEqual(['seasonality']);
  });

  it('names unknown references and duplicates by their path', () => {
    const problems = paths(
      aPlan({
        metrics: [aMetric(), aMetric({ target: 10.5 })],
        teams: [
          { id: 'east', parent: 'nowhere' },
          { id: 'x', parent: 'y', targets: { profit: 1 } },
          { id: 'y', parent: 'x' },
        ],
        units: [
          aUnit('A', { team: 'west', history: { profit: 1 }, potential: { customers: 1 } }),
          aUnit('A', { funnel: { avgDeal: 10 } }),
        ],
        adjustments: [
          { unit: 'Z', metric: 'revenue', value: 1, comment: 'x' },
          { unit: 'A', metric: 'profit', value: 1, comment: 'x' },
          { unit: 'A', metric: 'revenue', value: 1.5, comment: 'x' },
          { unit: 'A', metric: 'revenue', value: 2, comment: 'x' },
        ],
        funnel: null,
      }),
    );
    expect(problems).toEqual([
      'metrics[1].id',
      'metrics[1].target',
      'teams[1].targets.profit',
      'teams[0].parent',
      'teams[1].parent',
      'teams[2].parent',
      'units[0].team',
      'units[0].history.profit',
      'units[0].potential',
      'units[1].id',
      'units[1].funnel.winRate',
      'units[1].funnel.oppPerLead',
      'units[1].funnel.visitsPerOpp',
      'adjustments[0].unit',
      'adjustments[1].metric',
      'adjustments[2].value',
      'adjustments[3]',
    ]);
  });

  it('checks methods: repeated drivers, weights summing to 0, growth min above max', () => {
    expect(
      paths(
        aPlan({
          method: {
            drivers: [
              { driver: 'even', weight: 0 },
              { driver: 'even', weight: 0 },
            ],
            growth: { min: 0.5, max: 0.1 },
          },
        }),
      ),
    ).toEqual(['method.drivers[1].driver', 'method.drivers', 'method.growth.max']);
  });

  it('wants the funnel metric to be an amount metric', () => {
    const funnel = { avgDeal: 1, winRate: 1, oppPerLead: 1, visitsPerOpp: 1 };
    expect(
      paths(
        aPlan({
          metrics: [aMetric({ id: 'calls', kind: 'count' })],
          funnel: { ...funnel, metric: 'calls' },
        }),
      ),
    ).toEqual(['funnel.metric']);
  });

  it('refuses a period that ends before it starts', () => {
    expect(paths(aPlan({ period: { start: '2026-02-01', end: '2026-01-01' } }))).toEqual([
      'period.end',
    ]);
  });
});
