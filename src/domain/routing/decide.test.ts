import { describe, expect, it } from 'vitest';
import { applyAssignment } from './apply-assignment.ts';
import { decide, type RoutingContext } from './decide.ts';
import type { RoutingDecision } from './decision.ts';
import { aContext, aPolicy, aRoutingRep, aRule, T0 } from './routing-fixtures.test-support.ts';

const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const assigned = (d: RoutingDecision) => (d.outcome === 'assigned' ? d.repId : d.outcome);

/** Routes leads one after another, folding each assignment into the reps' state. */
function routeAll(base: RoutingContext, leads: { id: string; at: Date }[]): RoutingDecision[] {
  let reps = base.reps;
  return leads.map(({ id, at }) => {
    const decision = decide({ ...base, reps, now: at, lead: { id } });
    if (decision.outcome === 'assigned') reps = applyAssignment(reps, decision, at);
    return decision;
  });
}

describe('decide: the spec example', () => {
  it('L1 → A, L2 → B (C is away), L3 → A (older than B)', () => {
    const ctx = aContext({
      reps: [
        aRoutingRep('A'),
        aRoutingRep('B'),
        aRoutingRep('C', {
          away: [
            {
              from: new Date('2026-03-02T00:00:00+08:00'),
              to: new Date('2026-03-03T00:00:00+08:00'),
            },
          ],
        }),
      ],
      policy: aPolicy([aRule({ to: { teams: ['east'] } })]),
    });
    const results = routeAll(ctx, [
      { id: 'L1', at: minutes(5) },
      { id: 'L2', at: minutes(6) },
      { id: 'L3', at: minutes(7) },
    ]);
    expect(results.map(assigned)).toEqual(['A', 'B', 'A']);
    expect(results[1]).toMatchObject({
      ruleId: 'R1',
      method: 'round_robin',
      candidates: [
        { repId: 'A', status: 'eligible' },
        { repId: 'B', status: 'chosen' },
        { repId: 'C', status: 'rejected', code: 'away' },
      ],
    });
  });

  it('a lead matching an open lead is a duplicate, and its owner is told', () => {
    const d = decide(
      aContext({
        reps: [aRoutingRep('A')],
        matches: { duplicateOf: { leadId: 'L1', ownerRepId: 'A', matchedBy: 'email' } },
      }),
    );
    expect(d).toEqual({
      version: 1,
      outcome: 'duplicate',
      of: 'L1',
      matchedBy: 'email',
      notify: 'A',
    });
  });
});

describe('decide: eligibility', () => {
  it.each([
    ['inactive', { active: false, away: [{ from: T0, to: minutes(60) }] }],
    [
      'away',
      { away: [{ from: T0, to: minutes(60) }], caps: { perDay: 0, perWeek: null, perMonth: null } },
    ],
    [
      'cap_day',
      { caps: { perDay: 3, perWeek: 1, perMonth: null }, assigned: { day: 3, week: 3, month: 3 } },
    ],
    [
      'cap_week',
      { caps: { perDay: 9, perWeek: 3, perMonth: 1 }, assigned: { day: 0, week: 3, month: 3 } },
    ],
    [
      'cap_month',
      {
        caps: { perDay: null, perWeek: null, perMonth: 10 },
        assigned: { day: 0, week: 0, month: 10 },
      },
    ],
    ['cap_open', { leadLimit: 5, open: 5 }],
  ] as const)('records %s, the first filter failed in the spec order', (code, over) => {
    const d = decide(aContext({ reps: [aRoutingRep('A', over), aRoutingRep('B')] }));
    expect(d).toMatchObject({ outcome: 'assigned', repId: 'B' });
    expect(d.outcome === 'assigned' && d.candidates[0]).toEqual({
      repId: 'A',
      status: 'rejected',
      code,
    });
  });

  it('a cap counts the lead being routed: 4 of 5 leaves room, 5 of 5 does not', () => {
    const caps = { perDay: 5, perWeek: null, perMonth: null };
    const room = decide(
      aContext({ reps: [aRoutingRep('A', { caps, assigned: { day: 4, week: 4, month: 4 } })] }),
    );
    const full = decide(
      aContext({ reps: [aRoutingRep('A', { caps, assigned: { day: 5, week: 5, month: 5 } })] }),
    );
    expect(assigned(room)).toBe('A');
    expect(assigned(full)).toBe('held');
  });

  it('away is from <= t < to', () => {
    const rep = (from: Date, to: Date) => aRoutingRep('A', { away: [{ from, to }] });
    expect(assigned(decide(aContext({ reps: [rep(T0, minutes(1))] })))).toBe('held');
    expect(assigned(decide(aContext({ reps: [rep(minutes(-60), T0)] })))).toBe('A');
  });

  it('reps who lost the lead to an SLA expiry are excluded', () => {
    const d = decide(
      aContext({ reps: [aRoutingRep('A'), aRoutingRep('B')], excluded: new Set(['A']) }),
    );
    expect(d).toMatchObject({
      repId: 'B',
      candidates: [
        { repId: 'A', status: 'rejected', code: 'excluded' },
        { repId: 'B', status: 'chosen' },
      ],
    });
  });
});

describe('decide: distribution', () => {
  it('least_loaded picks the fewest open leads, then the oldest assignment, then pool order', () => {
    const rule = aRule({ method: 'least_loaded' });
    const reps = [
      aRoutingRep('A', { open: 3 }),
      aRoutingRep('B', { open: 1, lastAssignedAt: minutes(-5) }),
      aRoutingRep('C', { open: 1, lastAssignedAt: minutes(-50) }),
      aRoutingRep('D', { open: 1, lastAssignedAt: minutes(-50) }),
    ];
    expect(assigned(decide(aContext({ reps, policy: aPolicy([rule]) })))).toBe('C');
  });

  it('weighted follows the deficit (n+1)·w/W − c over the whole pool, counting ineligible reps', () => {
    const rule = aRule({ method: 'weighted' });
    const reps = [
      aRoutingRep('A', { weight: 2, ruleCounts: { R1: 2 } }),
      aRoutingRep('B', { weight: 1, ruleCounts: { R1: 0 } }),
      aRoutingRep('C', { weight: 1, ruleCounts: { R1: 2 }, active: false }),
    ];
    // n = 4, W = 4: A 5·2/4 − 2 = 0.5, B 5/4 − 0 = 1.25 → B.
    expect(assigned(decide(aContext({ reps, policy: aPolicy([rule]) })))).toBe('B');
  });

  it('weighted ties go to the larger weight, then the oldest assignment', () => {
    const rule = aRule({ method: 'weighted' });
    // n = 3, W = 4: A 4·1/4 − 0 = 1, B 4·2/4 − 1 = 1 (tie), C 4·1/4 − 2 = −1 → B, the heavier.
    const reps = [
      aRoutingRep('A', { weight: 1 }),
      aRoutingRep('B', { weight: 2, ruleCounts: { R1: 1 } }),
      aRoutingRep('C', { weight: 1, ruleCounts: { R1: 2 } }),
    ];
    expect(assigned(decide(aContext({ reps, policy: aPolicy([rule]) })))).toBe('B');
    // Equal deficit and weight: the older latest assignment wins, then pool order.
    const tied = [
      aRoutingRep('A', { lastAssignedAt: minutes(-1) }),
      aRoutingRep('B', { lastAssignedAt: minutes(-9) }),
    ];
    expect(assigned(decide(aContext({ reps: tied, policy: aPolicy([rule]) })))).toBe('B');
    const fresh = [aRoutingRep('A'), aRoutingRep('B')];
    expect(assigned(decide(aContext({ reps: fresh, policy: aPolicy([rule]) })))).toBe('A');
  });
});

describe('decide: rules, overflow and fallback', () => {
  const east = aRoutingRep('E1', { teamId: 'east' });
  const shanghai = aRoutingRep('S1', {
    teamId: 'sh',
    level: 'senior',
    tags: ['productA', 'en'],
    attrs: { industries: ['制造', '零售'], region: '上海' },
  });
  const south = aRoutingRep('G1', { teamId: 'south' });

  it('teams include sub-teams; levels, tags and attribute matches narrow the pool', () => {
    const rule = aRule({
      to: {
        teams: ['east'],
        levels: ['senior'],
        tags: ['productA'],
        match: [{ lead: 'industry', rep: 'attrs.industries' }],
      },
    });
    const d = decide(
      aContext({
        reps: [east, shanghai, south],
        policy: aPolicy([rule]),
        lead: { id: 'L', industry: '制造' },
      }),
    );
    expect(d).toMatchObject({ repId: 'S1', candidates: [{ repId: 'S1', status: 'chosen' }] });
    const other = decide(
      aContext({
        reps: [east, shanghai, south],
        policy: aPolicy([rule]),
        lead: { id: 'L', industry: '金融' },
      }),
    );
    expect(other).toMatchObject({
      outcome: 'held',
      candidates: [],
      rules: [{ ruleId: 'R1', result: 'no_eligible' }],
    });
  });

  it('a rep list sets the pool order', () => {
    const rule = aRule({ to: { reps: ['G1', 'E1'] } });
    const d = decide(aContext({ reps: [east, south], policy: aPolicy([rule]) }));
    expect(d).toMatchObject({ repId: 'G1', candidates: [{ repId: 'G1' }, { repId: 'E1' }] });
  });

  it('rules run in order; skipped rules say why', () => {
    const rules = [
      aRule({ id: 'weekend', activeDays: ['sat', 'sun'] }),
      aRule({ id: 'vip', when: { field: 'score', op: 'gte', value: 90 } }),
      aRule({ id: 'south', to: { teams: ['south'] } }),
    ];
    const d = decide(
      aContext({ reps: [east, south], policy: aPolicy(rules), lead: { id: 'L', score: 40 } }),
    );
    expect(d).toMatchObject({
      repId: 'G1',
      ruleId: 'south',
      rules: [
        { ruleId: 'weekend', result: 'inactive_day' },
        { ruleId: 'vip', result: 'no_match' },
      ],
    });
  });

  it.each([
    [{ kind: 'hold' } as const, { outcome: 'held', via: 'overflow', ruleId: 'R1' }],
    [
      { kind: 'pool', poolId: 'sea' } as const,
      { outcome: 'pooled', poolId: 'sea', via: 'overflow', ruleId: 'R1' },
    ],
    [
      { kind: 'rep', repId: 'G1' } as const,
      { outcome: 'assigned', repId: 'G1', method: 'overflow', ruleId: 'R1' },
    ],
  ])('overflow %j when the matched rule has no one eligible', (overflow, expected) => {
    const rules = [aRule({ to: { teams: ['east'] }, overflow }), aRule({ id: 'R2' })];
    const d = decide(
      aContext({ reps: [aRoutingRep('E1', { active: false }), south], policy: aPolicy(rules) }),
    );
    expect(d).toMatchObject({
      ...expected,
      candidates: [{ repId: 'E1', status: 'rejected', code: 'inactive' }],
    });
  });

  it('overflow next goes on to the following rule', () => {
    const rules = [
      aRule({ to: { teams: ['east'] } }),
      aRule({ id: 'R2', to: { teams: ['south'] } }),
    ];
    const d = decide(
      aContext({ reps: [aRoutingRep('E1', { active: false }), south], policy: aPolicy(rules) }),
    );
    expect(d).toMatchObject({
      repId: 'G1',
      ruleId: 'R2',
      rules: [{ ruleId: 'R1', result: 'no_eligible' }],
    });
  });

  it.each([
    [{ kind: 'hold' } as const, { outcome: 'held', via: 'fallback', ruleId: null }],
    [
      { kind: 'pool', poolId: 'leads' } as const,
      { outcome: 'pooled', poolId: 'leads', via: 'fallback' },
    ],
    [
      { kind: 'rep', repId: 'E1' } as const,
      { outcome: 'assigned', repId: 'E1', method: 'fallback', ruleId: null },
    ],
  ])(
    'fallback %j when no rule assigns; candidates are those of the last matched rule',
    (fallback, expected) => {
      const rules = [
        aRule({ to: { teams: ['south'] } }),
        aRule({ id: 'R2', when: { field: 'x', op: 'exists', value: true } }),
      ];
      const d = decide(
        aContext({
          reps: [east, aRoutingRep('G1', { teamId: 'south', active: false })],
          policy: aPolicy(rules, { fallback }),
        }),
      );
      expect(d).toMatchObject({
        ...expected,
        candidates: [{ repId: 'G1', status: 'rejected', code: 'inactive' }],
        rules: [
          { ruleId: 'R1', result: 'no_eligible' },
          { ruleId: 'R2', result: 'no_match' },
        ],
      });
    },
  );
});

describe('decide: owner first', () => {
  const owner = {
    ownerRepId: 'A',
    record: { kind: 'account', id: 'acc1' },
    matchedBy: 'domain',
  } as const;

  it('sends the lead to the account owner even past caps', () => {
    const reps = [
      aRoutingRep('A', { caps: { perDay: 0, perWeek: null, perMonth: null } }),
      aRoutingRep('B'),
    ];
    const d = decide(aContext({ reps, matches: { owner } }));
    expect(d).toMatchObject({
      outcome: 'assigned',
      repId: 'A',
      method: 'owner',
      ruleId: null,
      matched: { record: { kind: 'account', id: 'acc1' }, matchedBy: 'domain' },
    });
  });

  it('skips an owner who is away and lets the rules decide, saying so', () => {
    const reps = [aRoutingRep('A', { away: [{ from: T0, to: minutes(60) }] }), aRoutingRep('B')];
    const d = decide(aContext({ reps, matches: { owner } }));
    expect(d).toMatchObject({
      repId: 'B',
      method: 'round_robin',
      ownerSkipped: { repId: 'A', reason: 'away', matchedBy: 'domain' },
    });
  });

  it('is off when the policy says so; dedup likewise', () => {
    const reps = [aRoutingRep('A'), aRoutingRep('B', { lastAssignedAt: minutes(-1) })];
    const policy = aPolicy([aRule()], { ownerFirst: false, dedup: false });
    const d = decide(
      aContext({
        reps,
        policy,
        matches: {
          owner: { ...owner, ownerRepId: 'B' },
          duplicateOf: { leadId: 'X', ownerRepId: 'B', matchedBy: 'phone' },
        },
      }),
    );
    expect(d).toMatchObject({ outcome: 'assigned', repId: 'A', method: 'round_robin' });
  });
});

describe('decide: conditions that cannot be evaluated', () => {
  it('do not match and leave a warning naming the rule', () => {
    const rules = [aRule({ when: { field: 'score', op: 'gt', value: 50 } })];
    const d = decide(
      aContext({
        reps: [aRoutingRep('A')],
        policy: aPolicy(rules),
        lead: { id: 'L', score: 'high' },
      }),
    );
    expect(d).toMatchObject({
      outcome: 'held',
      warnings: [{ ruleId: 'R1', code: 'not_comparable', field: 'score', op: 'gt' }],
    });
  });
});
