/**
 * Customers (客户) of the demo: unique names and domains, landlines of their city, level A–D
 * with a matching size, an owner among the reps covering the city (a few sit ownerless), a
 * won share of about one in five and a few locked records.
 */
import type { AccountLevel, AccountSize } from '../shared/vocabulary.ts';
import type { CompanyRegistry } from './companies.ts';
import { makeCompany } from './companies.ts';
import type { DemoAccount } from './demo-types.ts';
import type { Org } from './generate-org.ts';
import type { City } from './geography.ts';
import { CITIES, landlineNumber, mobileNumber } from './geography.ts';
import type { Prng } from './prng.ts';
import { weightedPicker } from './prng.ts';
import { DAY_MS, MINUTE_MS, workingMomentBetween } from './time.ts';

export const pickCity = weightedPicker(CITIES.map((c) => [c, c.weight] as const));
const pickLevel = weightedPicker<AccountLevel>([
  ['A', 10],
  ['B', 25],
  ['C', 40],
  ['D', 25],
]);
const SIZE_BY_LEVEL: Record<AccountLevel, (rng: Prng) => AccountSize> = {
  A: weightedPicker<AccountSize>([
    ['enterprise', 40],
    ['large', 50],
    ['medium', 10],
  ]),
  B: weightedPicker<AccountSize>([
    ['large', 35],
    ['medium', 50],
    ['small', 15],
  ]),
  C: weightedPicker<AccountSize>([
    ['medium', 40],
    ['small', 45],
    ['micro', 15],
  ]),
  D: weightedPicker<AccountSize>([
    ['medium', 5],
    ['small', 45],
    ['micro', 50],
  ]),
};
const WIN_RATE: Record<AccountLevel, number> = { A: 0.4, B: 0.3, C: 0.15, D: 0.05 };

/** Facts about accounts kept beside the rows for the later generation steps. */
export type AccountIndex = {
  /** Owner rep index per account, -1 when ownerless. */
  owner: Int32Array;
  /** Trade name per account (恒通精密机械), for opportunity names. */
  shortName: string[];
};

/**
 * Picks an owner among `candidates` who was already on board at `atMs`; after a few misses it
 * takes one anyway and moves the start of ownership to the rep's first day.
 */
export function chooseOwner(
  rng: Prng,
  org: Org,
  candidates: readonly number[],
  atMs: number,
): { rep: number; at: number } {
  let rep = rng.pick(candidates);
  for (let i = 0; i < 4 && (org.repStartMs[rep] as number) > atMs; i++) rep = rng.pick(candidates);
  return { rep, at: Math.max(atMs, org.repStartMs[rep] as number) };
}

/** Reps who take records of `city`: its coverers, else the region's reps, else anyone. */
export function candidatesFor(org: Org, city: City): readonly number[] {
  const coverers = org.coverersByCity.get(city.name);
  if (coverers && coverers.length > 0) return coverers;
  const regional = org.repsByRegion.get(city.region);
  if (regional && regional.length > 0) return regional;
  return org.allReps;
}

export function generateAccounts(
  rng: Prng,
  org: Org,
  registry: CompanyRegistry,
  nowMs: number,
  count: number,
): { accounts: DemoAccount[]; index: AccountIndex } {
  const workspaceId = org.workspace.id;
  const accounts: DemoAccount[] = new Array(count);
  const index: AccountIndex = {
    owner: new Int32Array(count).fill(-1),
    shortName: new Array(count),
  };
  const oldest = nowMs - 3 * 365 * DAY_MS;
  for (let i = 0; i < count; i++) {
    const city = pickCity(rng);
    const company = makeCompany(rng, city, registry);
    const level = pickLevel(rng);
    const createdMs = workingMomentBetween(rng, oldest, nowMs - DAY_MS);
    const phones = [landlineNumber(rng, city)];
    if (rng.chance(0.35))
      phones.push(rng.chance(0.5) ? landlineNumber(rng, city) : mobileNumber(rng));
    const candidates = candidatesFor(org, city);
    let ownerRepId: string | null = null;
    let ownedSince: Date | null = null;
    if (candidates.length > 0 && rng.chance(0.92)) {
      const handedOver = rng.chance(0.4);
      const wanted = handedOver
        ? workingMomentBetween(rng, createdMs, nowMs)
        : createdMs + rng.int(5, 240) * MINUTE_MS;
      const { rep, at } = chooseOwner(rng, org, candidates, Math.min(wanted, nowMs));
      ownerRepId = (org.reps[rep] as { id: string }).id;
      ownedSince = new Date(Math.min(at, nowMs));
      index.owner[i] = rep;
    }
    index.shortName[i] = company.shortName;
    const created = new Date(createdMs);
    accounts[i] = {
      id: rng.uuid(),
      workspaceId,
      name: company.name,
      domain: company.domain,
      phones,
      level,
      industry: company.industry,
      region: city.name,
      size: SIZE_BY_LEVEL[level](rng),
      ownerRepId,
      ownedSince,
      lastFollowUpAt: null,
      won: rng.chance(WIN_RATE[level]),
      locked: ownerRepId !== null && rng.chance(level === 'A' ? 0.08 : 0.015),
      satisfaction: null,
      poolId: null,
      createdAt: created,
      updatedAt: created,
    };
  }
  return { accounts, index };
}
