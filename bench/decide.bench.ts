/**
 * decide() throughput: 200 reps in 10 teams, 30 rules of mixed methods and conditions, leads
 * drawn from a seeded stream. Reference: one pass over the same 200 reps picking the oldest
 * latest assignment (the least work any decision must do), measured in the same run.
 */
import { createPrng } from '../src/domain/demo/prng.ts';
import { decide, type RoutingContext } from '../src/domain/routing/decide.ts';
import type { DistributionMethod, RoutingRep, Rule } from '../src/domain/routing/policy.ts';
import type { BenchRow } from './run.ts';

const REGIONS = ['上海', '杭州', '南京', '广州', '深圳', '北京', '天津', '成都'];
const INDUSTRIES = ['制造', '零售', '金融', '医疗', '教育', '物流'];
const METHODS: DistributionMethod[] = ['round_robin', 'weighted', 'least_loaded'];

function context(): { base: Omit<RoutingContext, 'lead'>; leads: Record<string, unknown>[] } {
  const rng = createPrng(7, 'bench');
  const teams = Array.from({ length: 10 }, (_, i) => ({
    id: `T${i}`,
    parentId: i < 2 ? null : `T${i % 2}`,
  }));
  const now = new Date('2026-03-02T02:00:00Z');
  const reps: RoutingRep[] = Array.from({ length: 200 }, (_, i) => ({
    id: `R${i}`,
    teamId: `T${i % 10}`,
    level: rng.pick(['junior', 'regular', 'senior'] as const),
    active: rng.chance(0.95),
    tags: rng.chance(0.5) ? ['productA'] : ['productB'],
    attrs: { region: rng.pick(REGIONS), industries: [rng.pick(INDUSTRIES), rng.pick(INDUSTRIES)] },
    weight: rng.int(1, 3),
    caps: { perDay: rng.chance(0.5) ? rng.int(5, 20) : null, perWeek: null, perMonth: null },
    leadLimit: rng.chance(0.5) ? rng.int(20, 60) : null,
    away: rng.chance(0.05)
      ? [{ from: new Date(now.getTime() - 3_600_000), to: new Date(now.getTime() + 3_600_000) }]
      : [],
    lastAssignedAt: new Date(now.getTime() - rng.int(1, 100_000) * 60_000),
    assigned: { day: rng.int(0, 10), week: rng.int(0, 30), month: rng.int(0, 80) },
    open: rng.int(0, 50),
    ruleCounts: { [`rule${rng.int(0, 29)}`]: rng.int(0, 40) },
  }));
  const rules: Rule[] = Array.from({ length: 30 }, (_, i) => ({
    id: `rule${i}`,
    method: METHODS[i % 3]!,
    overflow: { kind: 'next' },
    when: {
      all: [
        { field: 'region', op: 'eq', value: REGIONS[i % REGIONS.length] },
        { field: 'score', op: 'gte', value: (i % 4) * 20 },
      ],
    },
    to:
      i % 2 === 0
        ? { teams: [`T${i % 10}`], levels: ['regular', 'senior'] }
        : { match: [{ lead: 'industry', rep: 'attrs.industries' }] },
  }));
  const policy = {
    ownerFirst: true,
    dedup: true,
    countWindow: 'month' as const,
    rules,
    fallback: { kind: 'hold' as const },
    holdRetryMinutes: 60,
  };
  const leads = Array.from({ length: 1000 }, (_, i) => ({
    id: `L${i}`,
    region: rng.pick(REGIONS),
    industry: rng.pick(INDUSTRIES),
    score: rng.int(0, 100),
  }));
  return {
    base: { now, timeZone: 'Asia/Shanghai', policy, reps, teams, matches: {}, excluded: new Set() },
    leads,
  };
}

function perSecond(work: (i: number) => void, ms = 2000): number {
  for (let i = 0; i < 2000; i += 1) work(i);
  const started = performance.now();
  let n = 0;
  while (performance.now() - started < ms) {
    for (let k = 0; k < 200; k += 1) work(n++);
  }
  return n / ((performance.now() - started) / 1000);
}

export async function run(): Promise<BenchRow> {
  const { base, leads } = context();
  const decisions = perSecond((i) => decide({ ...base, lead: leads[i % leads.length]! }));
  const reference = perSecond(() => {
    let oldest = base.reps[0]!;
    for (const rep of base.reps)
      if ((rep.lastAssignedAt?.getTime() ?? 0) < (oldest.lastAssignedAt?.getTime() ?? 0))
        oldest = rep;
    if (oldest.id === '') throw new Error('unreachable');
  });
  return {
    what: 'decide(), one lead',
    size: '200 reps, 30 rules, 10 teams',
    figure: `${Math.round(decisions).toLocaleString('en')} decisions/s`,
    reference: `oldest-rep scan ${Math.round(reference).toLocaleString('en')}/s`,
    ratio: decisions / reference,
  };
}
