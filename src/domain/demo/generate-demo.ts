/**
 * The deterministic demo workspace: a sales organisation in 华东, 华南 and 华北 with a year of
 * leads, customers, pipeline and follow-ups, consistent enough to exercise routing, pools,
 * planning and progress. Pure: the same options give the same rows, ids included.
 */
import { newCompanyRegistry } from './companies.ts';
import type { DemoData, DemoOptions, DemoOwnerHistory } from './demo-types.ts';
import { DEMO_DEFAULTS } from './demo-types.ts';
import { generateAccounts } from './generate-accounts.ts';
import { generateActivities } from './generate-activities.ts';
import { generateLeads } from './generate-leads.ts';
import { generateOpportunities } from './generate-opportunities.ts';
import { generateOrg } from './generate-org.ts';
import { createPrng } from './prng.ts';

/** Reason written in the owner history for the demo's initial owners. */
export const INITIAL_ASSIGNMENT_REASON = '初始分配';

const size = (name: keyof typeof DEMO_DEFAULTS, value: number | undefined): number => {
  const n = value ?? DEMO_DEFAULTS[name];
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`demo option ${name} must be a non-negative integer, got ${n}`);
  }
  return n;
};

/**
 * Generates a demo workspace as of `options.now`.
 *
 * Each part draws from its own seeded stream, so changing one size (say `accounts`) leaves the
 * organisation unchanged. Work is linear in the sizes: owners are drawn from per-city lists,
 * names and domains are kept unique through hash sets, and the latest follow-up of each record
 * is tracked in typed arrays. Consistency kept: owners exist and were hired before ownership
 * began; `assigned`/`working`/`closed` leads have an owner, `new`/`held` ones none; a lead with
 * follow-ups is `working` and every `working` lead has one; an account's `lastFollowUpAt` is
 * its latest follow-up; juniors have a senior mentor of their group; probabilities follow
 * stages; amounts are integers in 分. Throws `RangeError` for a non-finite seed, an invalid
 * date or a negative or fractional size.
 */
export function generateDemo(options: DemoOptions): DemoData {
  const nowMs = options.now.getTime();
  if (!Number.isFinite(nowMs)) throw new RangeError('demo option now must be a valid date');
  const { seed } = options;
  const repCount = size('reps', options.reps);
  const accountCount = size('accounts', options.accounts);
  const leadCount = size('leads', options.leads);
  const opportunityCount = size('opportunities', options.opportunities);
  const activityCount = size('activities', options.activities);

  const org = generateOrg(createPrng(seed, 'org'), nowMs, repCount);
  const registry = newCompanyRegistry();
  const { accounts, index: accountIndex } = generateAccounts(
    createPrng(seed, 'accounts'),
    org,
    registry,
    nowMs,
    accountCount,
  );
  const { leads, index: leadIndex } = generateLeads(
    createPrng(seed, 'leads'),
    org,
    accounts,
    accountIndex,
    registry,
    nowMs,
    leadCount,
  );
  const opportunities = generateOpportunities(
    createPrng(seed, 'opportunities'),
    org,
    accounts,
    accountIndex,
    nowMs,
    opportunityCount,
  );
  const { activities, accountLast, leadLast } = generateActivities(
    createPrng(seed, 'activities'),
    org,
    accounts,
    accountIndex,
    leads,
    leadIndex,
    nowMs,
    activityCount,
  );

  for (let a = 0; a < accounts.length; a++) {
    const account = accounts[a] as (typeof accounts)[number];
    const last = accountLast[a] as number;
    if (last > 0) account.lastFollowUpAt = new Date(last);
    const updated = Math.max(account.createdAt.getTime(), account.ownedSince?.getTime() ?? 0, last);
    if (updated !== account.updatedAt.getTime()) account.updatedAt = new Date(updated);
  }
  for (let i = 0; i < leads.length; i++) {
    const lead = leads[i] as (typeof leads)[number];
    const last = leadLast[i] as number;
    // Too few activities to touch every working lead: the untouched ones are only assigned.
    if (lead.status === 'working' && last === 0) lead.status = 'assigned';
    if (last > lead.updatedAt.getTime()) lead.updatedAt = new Date(last);
  }
  org.reps.forEach((rep, r) => {
    const last = leadIndex.repLastAssigned[r] as number;
    if (last > 0) rep.lastAssignedAt = new Date(last);
  });

  const historyRng = createPrng(seed, 'owner-history');
  const ownerHistory: DemoOwnerHistory[] = [];
  const workspaceId = org.workspace.id;
  const record = (entity: 'account' | 'lead', entityId: string, toRepId: string, at: Date) =>
    ownerHistory.push({
      id: historyRng.uuid(),
      workspaceId,
      entity,
      entityId,
      fromRepId: null,
      toRepId,
      at,
      byUserId: null,
      reason: INITIAL_ASSIGNMENT_REASON,
    });
  for (const a of accounts) {
    if (a.ownerRepId && a.ownedSince) record('account', a.id, a.ownerRepId, a.ownedSince);
  }
  for (const l of leads) {
    if (l.ownerRepId && l.ownedSince) record('lead', l.id, l.ownerRepId, l.ownedSince);
  }

  return {
    workspace: org.workspace,
    teams: org.teams,
    users: org.users,
    reps: org.reps,
    territories: org.territories,
    territoryReps: org.territoryReps,
    products: org.products,
    accounts,
    leads,
    opportunities,
    activities,
    ownerHistory,
  };
}
