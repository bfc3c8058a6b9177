/**
 * Leads (线索) of the past twelve months in every status: fresh `new` ones, `held` ones from
 * cities no territory covers, `assigned` and `working` ones with owners, and `closed` ones with
 * their result. Leads of existing customers are linked to the account and owned by its owner
 * (owner first); converted and won leads are nearly always linked.
 */
import type { LeadCloseResult, LeadStatus } from '../shared/vocabulary.ts';
import { LEAD_SOURCE_WEIGHTS, leadCustomFields, PRODUCTS } from './catalog.ts';
import type { CompanyRegistry } from './companies.ts';
import { makeCompany, PUBLIC_MAIL_DOMAINS } from './companies.ts';
import type { DemoAccount, DemoLead } from './demo-types.ts';
import type { AccountIndex } from './generate-accounts.ts';
import { candidatesFor, chooseOwner, pickCity } from './generate-accounts.ts';
import type { Org } from './generate-org.ts';
import type { City } from './geography.ts';
import { CITIES, landlineNumber, mobileNumber, UNCOVERED_CITIES } from './geography.ts';
import type { PersonName } from './names.ts';
import { CONTACT_TITLES, contactHandle, personName } from './names.ts';
import type { Prng } from './prng.ts';
import { flat, weightedPicker } from './prng.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS, workingMomentBetween } from './time.ts';

const pickStatus = weightedPicker<LeadStatus>([
  ['new', 5],
  ['held', 4],
  ['assigned', 18],
  ['working', 30],
  ['closed', 43],
]);
const pickCloseResult = weightedPicker<LeadCloseResult>([
  ['converted', 30],
  ['won', 15],
  ['lost', 35],
  ['invalid', 20],
]);
const pickSource = weightedPicker(LEAD_SOURCE_WEIGHTS);
const pickUncovered = weightedPicker(UNCOVERED_CITIES.map((c) => [c, c.weight] as const));
const CITY_BY_NAME = new Map<string, City>(CITIES.map((c) => [c.name, c]));

/** How far back a lead of each status was created, in days: [most recent, oldest]. */
const AGE_DAYS: Record<LeadStatus, readonly [number, number]> = {
  new: [0, 2],
  held: [0, 10],
  assigned: [0, 45],
  working: [0.05, 150],
  pooled: [5, 200],
  closed: [3, 364],
};

/** Facts about leads kept beside the rows for the activity step. */
export type LeadIndex = {
  /** Owner rep index per lead, -1 when ownerless. */
  owner: Int32Array;
  /** Latest assignment time per rep (epoch ms, 0 = never): becomes `lastAssignedAt`. */
  repLastAssigned: Float64Array;
};

export function generateLeads(
  rng: Prng,
  org: Org,
  accounts: readonly DemoAccount[],
  accountIndex: AccountIndex,
  registry: CompanyRegistry,
  nowMs: number,
  count: number,
): { leads: DemoLead[]; index: LeadIndex } {
  const workspaceId = org.workspace.id;
  const leads: DemoLead[] = new Array(count);
  const index: LeadIndex = {
    owner: new Int32Array(count).fill(-1),
    repLastAssigned: new Float64Array(org.reps.length),
  };
  for (let i = 0; i < count; i++) {
    let status = pickStatus(rng);
    const closeResult = status === 'closed' ? pickCloseResult(rng) : null;
    const [minAge, maxAge] = AGE_DAYS[status];
    const createdMs = workingMomentBetween(rng, nowMs - maxAge * DAY_MS, nowMs - minAge * DAY_MS);
    const linkChance =
      accounts.length === 0 || status === 'held'
        ? 0
        : closeResult === 'converted' || closeResult === 'won'
          ? 0.9
          : status === 'new'
            ? 0.1
            : 0.15;
    const accountNo = rng.chance(linkChance) ? rng.int(0, accounts.length - 1) : -1;
    const account = accounts[accountNo];

    let city: City;
    let company: string;
    let companyDomain: string | null;
    let industry: string;
    if (account) {
      city = CITY_BY_NAME.get(account.region ?? '') ?? pickCity(rng);
      company = account.name;
      companyDomain = rng.chance(0.75) ? account.domain : null;
      industry = account.industry ?? '制造';
    } else {
      city = status === 'held' && rng.chance(0.75) ? pickUncovered(rng) : pickCity(rng);
      const made = makeCompany(rng, city, registry);
      company = made.name;
      companyDomain = rng.chance(0.6) ? made.domain : null;
      industry = made.industry;
    }

    const person = personName(rng);
    const { email, phone } = contactOf(rng, person, companyDomain, city);
    const source = pickSource(rng);
    const product = rng.pick(PRODUCTS);
    const custom = leadCustomFields(rng, source, product);
    custom.职位 = rng.pick(CONTACT_TITLES);

    let ownerRepId: string | null = null;
    let ownedSince: Date | null = null;
    let updatedMs = createdMs;
    if (status === 'assigned' || status === 'working' || status === 'closed') {
      const accountOwner = accountNo >= 0 ? (accountIndex.owner[accountNo] as number) : -1;
      const candidates = accountOwner >= 0 ? [accountOwner] : candidatesFor(org, city);
      if (candidates.length === 0) {
        status = 'new';
      } else {
        const routedMs = Math.min(nowMs, createdMs + rng.int(1, 30) * MINUTE_MS);
        const { rep, at } = chooseOwner(rng, org, candidates, routedMs);
        const ownedMs = Math.min(nowMs, at);
        ownerRepId = (org.reps[rep] as { id: string }).id;
        ownedSince = new Date(ownedMs);
        index.owner[i] = rep;
        if (ownedMs > (index.repLastAssigned[rep] as number)) index.repLastAssigned[rep] = ownedMs;
        updatedMs = ownedMs;
        if (status === 'closed') {
          updatedMs = Math.min(nowMs, ownedMs + HOUR_MS + rng.int(0, 60 * 24 * 60) * MINUTE_MS);
        }
      }
    }

    const scoreBase = (rng.next() + rng.next() + rng.next()) * 33;
    const bonus =
      closeResult === 'won' || closeResult === 'converted'
        ? 15
        : closeResult === 'invalid'
          ? -20
          : 0;
    leads[i] = {
      id: rng.uuid(),
      workspaceId,
      source,
      name: person.name,
      company,
      email,
      phone,
      region: city.name,
      industry,
      score: Math.max(0, Math.min(100, Math.round(scoreBase + bonus))),
      custom,
      status,
      closeResult: status === 'closed' ? closeResult : null,
      ownerRepId,
      ownedSince,
      accountId: account ? account.id : null,
      closedAt: status === 'closed' ? new Date(updatedMs) : null,
      externalId: null,
      createdAt: new Date(createdMs),
      updatedAt: updatedMs === ownedSince?.getTime() ? ownedSince : new Date(updatedMs),
    };
  }
  return { leads, index };
}

/** E-mail and phone of a contact: at least one is present, as lead forms require. */
function contactOf(
  rng: Prng,
  person: PersonName,
  companyDomain: string | null,
  city: City,
): { email: string | null; phone: string | null } {
  let email: string | null = null;
  if (rng.chance(0.88)) {
    if (companyDomain) email = `${contactHandle(rng, person)}@${companyDomain}`;
    else {
      const mailbox = rng.pick(PUBLIC_MAIL_DOMAINS);
      email =
        mailbox === 'qq.com'
          ? `${rng.int(10_000_000, 3_999_999_999)}@qq.com`
          : `${contactHandle(rng, person)}${rng.int(100, 9999)}@${mailbox}`;
    }
  }
  const roll = rng.next();
  let phone: string | null =
    roll < 0.85 ? mobileNumber(rng) : roll < 0.95 ? landlineNumber(rng, city) : null;
  if (email === null && phone === null) phone = mobileNumber(rng);
  return { email: email === null ? null : flat(email), phone };
}
