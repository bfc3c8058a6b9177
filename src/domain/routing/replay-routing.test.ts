import { describe, expect, it } from 'vitest';
import { leadKeys } from './matching-keys.ts';
import { type ReplayLead, replayRouting } from './replay-routing.ts';
import { aPolicy, aRoutingRep, aRule, T0 } from './routing-fixtures.test-support.ts';

const teams = [{ id: 'east', parentId: null }];
const none = { openLeads: [], accounts: [], closedLeads: [] };
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000);

function lead(ref: string, at: Date, email: string | null = null): ReplayLead {
  return { ref, at, fields: { name: ref }, keys: leadKeys({ email }), found: none };
}

const outcomes = (steps: ReturnType<typeof replayRouting>) =>
  steps.map(({ ref, decision }) =>
    decision.outcome === 'assigned' ? `${ref}→${decision.repId}` : `${ref}:${decision.outcome}`,
  );

describe('replayRouting', () => {
  it('carries the load forward so a daily cap holds within a day and opens again the next day', () => {
    const start = {
      policy: aPolicy([aRule({ to: { reps: ['A'] } })]),
      timeZone: 'Asia/Shanghai',
      reps: [aRoutingRep('A', { caps: { perDay: 1, perWeek: null, perMonth: null } })],
      teams,
    };
    // 09:00, 10:00 Monday; 09:00 Tuesday (Shanghai)
    const steps = replayRouting(start, [
      lead('L1', T0),
      lead('L2', hours(1)),
      lead('L3', hours(24)),
    ]);
    expect(outcomes(steps)).toEqual(['L1→A', 'L2:held', 'L3→A']);
  });

  it('starts from the load the reps already carry', () => {
    const start = {
      policy: aPolicy([aRule({ to: { reps: ['A', 'B'] } })]),
      timeZone: 'Asia/Shanghai',
      reps: [
        aRoutingRep('A', {
          caps: { perDay: 2, perWeek: null, perMonth: null },
          assigned: { day: 2, week: 2, month: 2 },
        }),
        aRoutingRep('B'),
      ],
      teams,
    };
    expect(outcomes(replayRouting(start, [lead('L1', T0), lead('L2', hours(1))]))).toEqual([
      'L1→B',
      'L2→B',
    ]);
  });

  it('treats a lead assigned earlier in the replay as an open lead: the next with its e-mail is a duplicate', () => {
    const start = {
      policy: aPolicy([aRule({ to: { reps: ['A', 'B'] } })]),
      timeZone: 'Asia/Shanghai',
      reps: [aRoutingRep('A'), aRoutingRep('B')],
      teams,
    };
    const steps = replayRouting(start, [
      lead('L1', T0, 'wang@acme.cn'),
      lead('L2', hours(1), 'li@other.cn'),
      lead('L3', hours(2), 'WANG@acme.cn'),
    ]);
    expect(outcomes(steps)).toEqual(['L1→A', 'L2→B', 'L3:duplicate']);
    expect(steps[2]?.decision).toMatchObject({ of: 'L1', matchedBy: 'email', notify: 'A' });
  });

  it('restarts a rule’s weighted cycle when its count window ends', () => {
    const start = {
      policy: aPolicy([aRule({ method: 'weighted', to: { reps: ['A', 'B'] } })], {
        countWindow: 'day',
      }),
      timeZone: 'Asia/Shanghai',
      reps: [aRoutingRep('A', { weight: 2 }), aRoutingRep('B')],
      teams,
    };
    const monday = [0, 1].map((h) => lead(`M${h}`, hours(h)));
    const tuesday = [24, 25, 26].map((h) => lead(`T${h}`, hours(h)));
    const steps = outcomes(replayRouting(start, [...monday, ...tuesday]));
    const reps = (prefix: string) =>
      steps.filter((s) => s.startsWith(prefix)).map((s) => s.split('→')[1]);
    // Monday ends mid-cycle; Tuesday begins the 2:1 cycle afresh.
    expect(reps('T').slice(0, 2)).toEqual(reps('M'));
    expect(reps('T').filter((r) => r === 'A')).toHaveLength(2);
  });
});
