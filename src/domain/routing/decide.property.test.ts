/** Invariants of decide() over many random organisations (seeded, so failures reproduce). */
import { describe, expect, it } from 'vitest';
import { createPrng } from '../demo/prng.ts';
import { applyAssignment } from './apply-assignment.ts';
import { decide } from './decide.ts';
import type { DistributionMethod, RoutingRep } from './policy.ts';
import { aContext, aPolicy, aRoutingRep, aRule, T0 } from './routing-fixtures.test-support.ts';

const METHODS: DistributionMethod[] = ['round_robin', 'weighted', 'least_loaded'];
const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

function randomReps(seed: number): RoutingRep[] {
  const rng = createPrng(seed, 'reps');
  return Array.from({ length: rng.int(2, 12) }, (_, i) =>
    aRoutingRep(`R${i}`, {
      weight: rng.int(1, 4),
      active: rng.chance(0.9),
      caps: {
        perDay: rng.chance(0.5) ? rng.int(0, 6) : null,
        perWeek: rng.chance(0.3) ? rng.int(0, 15) : null,
        perMonth: null,
      },
      leadLimit: rng.chance(0.4) ? rng.int(1, 8) : null,
      open: rng.int(0, 3),
      lastAssignedAt: rng.chance(0.5) ? new Date(T0.getTime() - rng.int(1, 10_000) * 60_000) : null,
    }),
  );
}

function run(seed: number, method: DistributionMethod, leads: number) {
  let reps = randomReps(seed);
  const start = new Map(reps.map((r) => [r.id, r]));
  const outcomes: string[] = [];
  for (let i = 0; i < leads; i += 1) {
    const now = new Date(T0.getTime() + i * 60_000);
    const decision = decide(
      aContext({ reps, now, policy: aPolicy([aRule({ method })]), lead: { id: `L${i}` } }),
    );
    outcomes.push(decision.outcome === 'assigned' ? decision.repId : decision.outcome);
    if (decision.outcome === 'assigned') reps = applyAssignment(reps, decision, now);
  }
  return { reps, start, outcomes };
}

describe('decide: invariants', () => {
  it.each(METHODS)(
    '%s never assigns past a cap, to an inactive rep, or over the open-lead limit',
    (method) => {
      for (const seed of SEEDS) {
        const { reps, start } = run(seed, method, 60);
        for (const rep of reps) {
          const before = start.get(rep.id)!;
          const got = rep.assigned.day;
          if (!before.active) expect(got).toBe(0);
          if (before.caps.perDay !== null) expect(got).toBeLessThanOrEqual(before.caps.perDay);
          if (before.caps.perWeek !== null) expect(got).toBeLessThanOrEqual(before.caps.perWeek);
          if (before.leadLimit !== null)
            expect(rep.open).toBeLessThanOrEqual(Math.max(before.leadLimit, before.open));
        }
      }
    },
  );

  it.each(METHODS)('%s gives the same output for the same input', (method) => {
    for (const seed of SEEDS.slice(0, 10)) {
      expect(run(seed, method, 40).outcomes).toEqual(run(seed, method, 40).outcomes);
    }
  });

  it('weighted keeps every rep within ±1 of its weighted share at every whole cycle', () => {
    for (const seed of SEEDS) {
      const rng = createPrng(seed, 'weights');
      let reps = Array.from({ length: rng.int(2, 8) }, (_, i) =>
        aRoutingRep(`W${i}`, { weight: rng.int(1, 5) }),
      );
      const total = reps.reduce((s, r) => s + r.weight, 0);
      for (let i = 1; i <= total * 5; i += 1) {
        const now = new Date(T0.getTime() + i * 1000);
        const d = decide(aContext({ reps, now, policy: aPolicy([aRule({ method: 'weighted' })]) }));
        if (d.outcome !== 'assigned') throw new Error('everyone is eligible');
        reps = applyAssignment(reps, d, now);
        if (i % total === 0) {
          const cycles = i / total;
          for (const rep of reps) {
            expect(Math.abs((rep.ruleCounts.R1 ?? 0) - cycles * rep.weight)).toBeLessThanOrEqual(1);
          }
        }
      }
    }
  });
});
