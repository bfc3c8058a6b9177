/**
 * Rep profiles of the demo: product-line tags, industries, caps, mentors and away windows, plus
 * the helpers that split head count over groups and hand out unique e-mail addresses.
 */
import type { RepLevel } from '../shared/vocabulary.ts';
import { PRODUCT_TAGS } from './catalog.ts';
import { INDUSTRIES } from './companies.ts';
import type { DemoRep } from './demo-types.ts';
import { DEMO_ADMIN_EMAIL, DEMO_EMAIL_DOMAIN } from './demo-types.ts';
import type { Prng } from './prng.ts';
import { weightedPicker } from './prng.ts';
import { beijingAt, beijingDate, beijingIso, DAY_MS } from './time.ts';

const pickIndustryName = weightedPicker(INDUSTRIES.map((i) => [i.name, i.weight] as const));

/** Splits `total` by `shares` with largest-remainder rounding, so the parts sum to `total`. */
export function splitByShares(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (total * s) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] as number) + 1;
    left--;
  }
  return parts;
}

/** Hands out e-mail addresses `handle@demo.allot.local`, numbering repeats: zhangwei2 … */
export function emailRegistry(): (handle: string) => string {
  const seen = new Map<string, number>();
  const taken = new Set<string>([DEMO_ADMIN_EMAIL]);
  return (handle) => {
    let n = seen.get(handle) ?? 0;
    let email = '';
    do {
      n++;
      email = `${handle}${n === 1 ? '' : n}@${DEMO_EMAIL_DOMAIN}`;
    } while (taken.has(email));
    seen.set(handle, n);
    taken.add(email);
    return email;
  };
}

export function repTags(rng: Prng, level: RepLevel): string[] {
  const lines = level === 'senior' ? rng.int(2, 3) : level === 'regular' ? rng.int(1, 2) : 1;
  const tags = level === 'junior' ? ['crm'] : rng.shuffle(PRODUCT_TAGS).slice(0, lines);
  if (rng.chance(level === 'junior' ? 0.08 : 0.18)) tags.push('en');
  return tags.sort();
}

export function twoIndustries(rng: Prng): string[] {
  const first = pickIndustryName(rng);
  let second = pickIndustryName(rng);
  for (let i = 0; i < 4 && second === first; i++) second = pickIndustryName(rng);
  return second === first ? [first] : [first, second];
}

type Caps = Pick<DemoRep, 'capPerDay' | 'capPerWeek' | 'capPerMonth' | 'maxOpen'>;

/** Caps as managers set them: juniors always capped, others sometimes. */
export function repCaps(rng: Prng, level: RepLevel): Caps {
  const junior = level === 'junior';
  const perDay = junior ? rng.int(3, 5) : rng.int(6, 12);
  return {
    capPerDay: junior || rng.chance(0.35) ? perDay : null,
    capPerWeek: rng.chance(junior ? 0.5 : 0.2) ? perDay * 5 - rng.int(0, 5) : null,
    capPerMonth: rng.chance(0.2) ? perDay * 20 - rng.int(0, 10) : null,
    maxOpen:
      junior || rng.chance(0.5)
        ? level === 'senior'
          ? rng.int(60, 100)
          : junior
            ? rng.int(20, 30)
            : rng.int(40, 60)
        : null,
  };
}

/** Every junior gets a senior of the same group as mentor (each group's first rep is senior). */
export function assignMentors(rng: Prng, reps: DemoRep[], teamOfRep: number[]): void {
  const seniorsByTeam = new Map<number, string[]>();
  reps.forEach((rep, i) => {
    if (rep.level !== 'senior') return;
    const t = teamOfRep[i] as number;
    const list = seniorsByTeam.get(t) ?? [];
    list.push(rep.id);
    seniorsByTeam.set(t, list);
  });
  reps.forEach((rep, i) => {
    const seniors = seniorsByTeam.get(teamOfRep[i] as number);
    if (rep.level === 'junior' && seniors) rep.mentorId = rng.pick(seniors);
  });
}

/**
 * Away windows around `now` (请假/出差): one rep away right now, one leaving in a few days, one
 * just back; larger organisations get proportionally more.
 */
export function addAwayWindows(
  rng: Prng,
  reps: DemoRep[],
  nowMs: number,
  newHires: Set<number>,
): void {
  const candidates = [...reps.keys()].filter((i) => !newHires.has(i));
  const count = Math.min(candidates.length, Math.max(2, Math.round(reps.length / 15)));
  const today = beijingAt(beijingDate(nowMs));
  const awayFor = (fromDays: number, toDays: number) => ({
    from: beijingIso(today + fromDays * DAY_MS),
    to: beijingIso(today + toDays * DAY_MS),
  });
  rng
    .shuffle(candidates)
    .slice(0, count)
    .forEach((i, k) => {
      const rep = reps[i] as DemoRep;
      if (k % 3 === 0) rep.away.push(awayFor(-rng.int(1, 3), rng.int(2, 5)));
      else if (k % 3 === 1) {
        if (rng.chance(0.5)) rep.away.push(awayFor(-40, -37));
        rep.away.push(awayFor(rng.int(4, 8), rng.int(10, 14)));
      } else rep.away.push(awayFor(-rng.int(7, 9), -rng.int(1, 2)));
    });
}
