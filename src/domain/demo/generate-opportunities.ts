/**
 * Opportunities (商机) on owned accounts, owned by the account's owner. The probability always
 * follows the stage (`STAGE_PROBABILITY`); won and lost ones carry their closing time and an
 * expected close on that day; a won opportunity makes its account a won customer.
 */
import type { OpportunityStage } from '../shared/vocabulary.ts';
import type { ProductSpec } from './catalog.ts';
import { OPPORTUNITY_SUFFIXES, PRODUCTS, STAGE_PROBABILITY, STAGE_WEIGHTS } from './catalog.ts';
import type { DemoAccount, DemoOpportunity, DemoProduct } from './demo-types.ts';
import type { AccountIndex } from './generate-accounts.ts';
import type { Org } from './generate-org.ts';
import type { Prng } from './prng.ts';
import { flat, weightedPicker } from './prng.ts';
import { beijingDate, DAY_MS, workingMomentBetween } from './time.ts';

const pickStage = weightedPicker<OpportunityStage>(STAGE_WEIGHTS);
const YEAR_MS = 365 * DAY_MS;

export function generateOpportunities(
  rng: Prng,
  org: Org,
  accounts: DemoAccount[],
  accountIndex: AccountIndex,
  nowMs: number,
  count: number,
): DemoOpportunity[] {
  if (accounts.length === 0 || count === 0) return [];
  const owned: number[] = [];
  const wonOwned: number[] = [];
  for (let a = 0; a < accounts.length; a++) {
    if ((accountIndex.owner[a] as number) < 0) continue;
    owned.push(a);
    if ((accounts[a] as DemoAccount).won) wonOwned.push(a);
  }
  const pool = owned.length > 0 ? owned : [...accounts.keys()];
  const productIds = new Map<string, string>(
    org.products.map((p: DemoProduct) => [p.code, p.id] as const),
  );
  const workspaceId = org.workspace.id;
  const out: DemoOpportunity[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const stage = pickStage(rng);
    const a = stage === 'won' && wonOwned.length > 0 ? rng.pick(wonOwned) : rng.pick(pool);
    const account = accounts[a] as DemoAccount;
    const ownerNo = accountIndex.owner[a] as number;
    const ownerRep = ownerNo >= 0 ? org.reps[ownerNo] : undefined;
    const product = productFor(rng, ownerRep?.tags ?? []);

    const since = Math.max(
      account.ownedSince?.getTime() ?? account.createdAt.getTime(),
      nowMs - YEAR_MS,
    );
    const createdMs = workingMomentBetween(rng, since, nowMs - DAY_MS);
    let closedMs: number | null = null;
    let expectedClose: string;
    if (stage === 'won' || stage === 'lost') {
      closedMs = workingMomentBetween(rng, Math.min(createdMs + 7 * DAY_MS, nowMs), nowMs);
      expectedClose = beijingDate(closedMs);
    } else {
      const target = nowMs + Math.floor(rng.float(-20, 180)) * DAY_MS;
      expectedClose = beijingDate(Math.max(target, createdMs + 14 * DAY_MS));
    }
    if (stage === 'won' && !account.won) account.won = true;

    const quantity = rng.int(product.quantity[0], product.quantity[1]);
    const discount = rng.int(14, 20) / 20;
    const amount = Math.round((product.unitPrice * quantity * discount) / 100) * 100;
    const updatedMs = closedMs ?? workingMomentBetween(rng, createdMs, nowMs);
    out[i] = {
      id: rng.uuid(),
      workspaceId,
      name: flat(`${accountIndex.shortName[a]}-${product.label}${rng.pick(OPPORTUNITY_SUFFIXES)}`),
      accountId: account.id,
      ownerRepId: ownerRep?.id ?? null,
      productId: productIds.get(product.code) ?? null,
      amount,
      stage,
      probability: STAGE_PROBABILITY[stage],
      expectedClose,
      wonAt: stage === 'won' ? new Date(closedMs as number) : null,
      lostAt: stage === 'lost' ? new Date(closedMs as number) : null,
      createdAt: new Date(createdMs),
      updatedAt: new Date(updatedMs),
    };
  }
  return out;
}

/** Mostly a product line the owner sells (by tag), otherwise any product. */
function productFor(rng: Prng, tags: readonly string[]): ProductSpec {
  if (rng.chance(0.75)) {
    const sold = PRODUCTS.filter((p) => tags.includes(p.tag));
    if (sold.length > 0) return rng.pick(sold);
  }
  return rng.pick(PRODUCTS);
}
