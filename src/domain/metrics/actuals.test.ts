import { describe, expect, it } from 'vitest';
import { groupActuals, metricValue, rateValue, roundTo } from './actuals.ts';
import type { MetricDefinition } from './metric.ts';

const conversion: Pick<MetricDefinition, 'kind' | 'rule' | 'precision'> = {
  kind: 'rate',
  precision: 1,
  rule: { kind: 'lead_conversion', minLeads: 4 },
};
const satisfaction: Pick<MetricDefinition, 'kind' | 'rule' | 'precision'> = {
  kind: 'rate',
  precision: 1,
  rule: { kind: 'account_score', field: 'satisfaction', minAccounts: 2 },
};
const revenue: Pick<MetricDefinition, 'kind' | 'rule' | 'precision'> = {
  kind: 'amount',
  precision: 0,
  rule: { kind: 'won_amount' },
};

describe('rates', () => {
  it('is numerator × scale ÷ denominator at the precision', () => {
    expect(rateValue({ numerator: 1, denominator: 3 }, 1, 100, 1)).toBe(33.3);
    expect(rateValue({ numerator: 2, denominator: 3 }, 1, 100, 2)).toBe(66.67);
    expect(roundTo(1.005, 2)).toBe(1.01);
  });

  it('has no value below the minimum denominator, or over nothing', () => {
    expect(rateValue({ numerator: 3, denominator: 3 }, 4, 100, 1)).toBeNull();
    expect(rateValue({ numerator: 1, denominator: 4 }, 4, 100, 1)).toBe(25);
    expect(rateValue({ numerator: 0, denominator: 0 }, 0, 100, 1)).toBeNull();
  });

  it('words conversion in percent and a score as its average', () => {
    expect(metricValue(conversion, { numerator: 3, denominator: 8 })).toBe(37.5);
    expect(metricValue(satisfaction, { numerator: 170, denominator: 2 })).toBe(85);
    expect(metricValue(satisfaction, { numerator: 90, denominator: 1 })).toBeNull();
    expect(metricValue(revenue, { numerator: 1_250_00, denominator: 0 })).toBe(1_250_00);
  });
});

describe('groupActuals', () => {
  // east ⊃ sh; south separate; r1, r2 in sh, r3 in east, r4 in south, r5 without a team.
  const org = {
    teams: [
      { id: 'east', parentId: null },
      { id: 'sh', parentId: 'east' },
      { id: 'south', parentId: null },
      { id: 'north', parentId: null },
    ],
    reps: [
      { id: 'r1', teamId: 'sh' },
      { id: 'r2', teamId: 'sh' },
      { id: 'r3', teamId: 'east' },
      { id: 'r4', teamId: 'south' },
      { id: 'r5', teamId: null },
    ],
  };
  const tallies = [
    { repId: 'r1', numerator: 1, denominator: 2 },
    { repId: 'r2', numerator: 3, denominator: 3 },
    { repId: 'r3', numerator: 0, denominator: 1 },
    { repId: 'r4', numerator: 2, denominator: 10 },
    { repId: 'r5', numerator: 1, denominator: 1 },
  ];

  it('reports each rep, a rate without its minimum as null', () => {
    const reps = groupActuals(conversion, tallies, 'rep', org);
    expect(reps.map((u) => [u.id, u.value])).toEqual([
      ['r1', null],
      ['r2', null],
      ['r3', null],
      ['r4', 20],
      ['r5', null],
    ]);
  });

  it('recombines a team rate from the summed parts of its whole subtree, not from averages', () => {
    const teams = groupActuals(conversion, tallies, 'team', org);
    expect(teams).toEqual([
      { unit: 'team', id: 'east', numerator: 4, denominator: 6, value: 66.7 },
      { unit: 'team', id: 'sh', numerator: 4, denominator: 5, value: 80 },
      { unit: 'team', id: 'south', numerator: 2, denominator: 10, value: 20 },
    ]);
  });

  it('leaves out teams without a tallied rep, and sums every rep for the workspace', () => {
    const visible = tallies.filter((t) => t.repId === 'r4');
    expect(groupActuals(revenue, visible, 'team', org).map((u) => u.id)).toEqual(['south']);
    expect(groupActuals(revenue, tallies, 'workspace', org)).toEqual([
      { unit: 'workspace', id: null, numerator: 7, denominator: null, value: 7 },
    ]);
  });
});
