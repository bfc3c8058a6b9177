/** Builders for routing unit tests: a rep with defaults, a policy with one rule. */
import type { RoutingContext } from './decide.ts';
import type { RoutingPolicy, RoutingRep, Rule } from './policy.ts';

export const T0 = new Date('2026-03-02T09:00:00+08:00'); // a Monday

export function aRoutingRep(id: string, over: Partial<RoutingRep> = {}): RoutingRep {
  return {
    id,
    teamId: 'east',
    level: 'regular',
    active: true,
    tags: [],
    attrs: {},
    weight: 1,
    caps: { perDay: null, perWeek: null, perMonth: null },
    leadLimit: null,
    away: [],
    lastAssignedAt: null,
    assigned: { day: 0, week: 0, month: 0 },
    open: 0,
    ruleCounts: {},
    ...over,
  };
}

export function aRule(over: Partial<Rule> = {}): Rule {
  return { id: 'R1', method: 'round_robin', overflow: { kind: 'next' }, ...over };
}

export function aPolicy(rules: Rule[], over: Partial<RoutingPolicy> = {}): RoutingPolicy {
  return {
    ownerFirst: true,
    dedup: true,
    countWindow: 'month',
    rules,
    fallback: { kind: 'hold' },
    holdRetryMinutes: 60,
    ...over,
  };
}

export function aContext(
  over: Partial<RoutingContext> & Pick<RoutingContext, 'reps'>,
): RoutingContext {
  return {
    now: T0,
    timeZone: 'Asia/Shanghai',
    policy: aPolicy([aRule()]),
    teams: [
      { id: 'east', parentId: null },
      { id: 'sh', parentId: 'east' },
      { id: 'south', parentId: null },
    ],
    lead: { id: 'L' },
    matches: {},
    excluded: new Set(),
    ...over,
  };
}
