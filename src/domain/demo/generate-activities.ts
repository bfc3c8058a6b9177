/**
 * Follow-ups (跟进记录) of the past twelve months, logged by the record's owner after ownership
 * began. Every `working` lead gets at least one (that is what makes it working); the rest go to
 * owned accounts, more often to higher levels. The latest time per record is returned so the
 * caller can set `lastFollowUpAt`.
 */
import type { AccountLevel } from '../shared/vocabulary.ts';
import { ACTIVITY_KIND_WEIGHTS, activitySummary, PRODUCTS } from './catalog.ts';
import type { DemoAccount, DemoActivity, DemoLead } from './demo-types.ts';
import type { AccountIndex } from './generate-accounts.ts';
import type { LeadIndex } from './generate-leads.ts';
import type { Org } from './generate-org.ts';
import { CONTACT_TITLES } from './names.ts';
import type { Prng } from './prng.ts';
import { weightedPicker } from './prng.ts';
import { DAY_MS, workingMomentBetween } from './time.ts';

const pickKind = weightedPicker(ACTIVITY_KIND_WEIGHTS);
const LEVEL_FOLLOW_UP: Record<AccountLevel, number> = { A: 1, B: 0.7, C: 0.45, D: 0.25 };
/** Share of follow-ups logged on leads when both leads and accounts can take them. */
const LEAD_SHARE = 0.4;

export type ActivityResult = {
  activities: DemoActivity[];
  /** Latest follow-up per account (epoch ms, 0 = none). */
  accountLast: Float64Array;
  /** Latest follow-up per lead (epoch ms, 0 = none). */
  leadLast: Float64Array;
};

export function generateActivities(
  rng: Prng,
  org: Org,
  accounts: readonly DemoAccount[],
  accountIndex: AccountIndex,
  leads: readonly DemoLead[],
  leadIndex: LeadIndex,
  nowMs: number,
  count: number,
): ActivityResult {
  const workspaceId = org.workspace.id;
  const accountLast = new Float64Array(accounts.length);
  const leadLast = new Float64Array(leads.length);
  const working: number[] = [];
  leads.forEach((lead, i) => {
    if (lead.status === 'working' && (leadIndex.owner[i] as number) >= 0) working.push(i);
  });
  const owned: number[] = [];
  for (let a = 0; a < accounts.length; a++)
    if ((accountIndex.owner[a] as number) >= 0) owned.push(a);

  const leadBudget =
    working.length === 0
      ? 0
      : owned.length === 0
        ? count
        : Math.min(count, Math.max(working.length, Math.round(count * LEAD_SHARE)));
  const accountBudget = owned.length === 0 ? 0 : count - leadBudget;
  const activities: DemoActivity[] = [];
  const earliest = nowMs - 365 * DAY_MS;

  const log = (
    repNo: number,
    sinceMs: number,
    subject: { leadId?: string; accountId?: string },
  ) => {
    const at = workingMomentBetween(rng, Math.max(sinceMs, earliest), nowMs);
    const kind = pickKind(rng);
    const when = new Date(at);
    activities.push({
      id: rng.uuid(),
      workspaceId,
      kind,
      repId: (org.reps[repNo] as { id: string }).id,
      leadId: subject.leadId ?? null,
      accountId: subject.accountId ?? null,
      at: when,
      summary: activitySummary(rng, kind, rng.pick(PRODUCTS), rng.pick(CONTACT_TITLES)),
      createdAt: when,
      updatedAt: when,
    });
    return at;
  };

  for (let k = 0; k < leadBudget; k++) {
    const i = k < working.length ? (working[k] as number) : rng.pick(working);
    const lead = leads[i] as DemoLead;
    const at = log(
      leadIndex.owner[i] as number,
      lead.ownedSince?.getTime() ?? lead.createdAt.getTime(),
      {
        leadId: lead.id,
      },
    );
    if (at > (leadLast[i] as number)) leadLast[i] = at;
  }

  for (let k = 0; k < accountBudget; k++) {
    let a = rng.pick(owned);
    for (let tries = 0; tries < 8; tries++) {
      const level = (accounts[a] as DemoAccount).level ?? 'C';
      if (rng.chance(LEVEL_FOLLOW_UP[level])) break;
      a = rng.pick(owned);
    }
    const account = accounts[a] as DemoAccount;
    const since = account.ownedSince?.getTime() ?? account.createdAt.getTime();
    const at = log(accountIndex.owner[a] as number, since, { accountId: account.id });
    if (at > (accountLast[a] as number)) accountLast[a] = at;
  }
  return { activities, accountLast, leadLast };
}
