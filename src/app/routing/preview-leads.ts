import { companyDomainOf, leadKeys } from '../../domain/routing/matching-keys.ts';
import { CLOSED_LEAD_OWNER_DAYS } from '../../domain/routing/pick-matches.ts';
import type { ReplayLead } from '../../domain/routing/replay-routing.ts';
import type { Stores } from '../ports.ts';
import { storedLeadFields } from './stored-lead-fields.ts';
import type { LeadIntake } from './take-in-leads.ts';

/** One preview replays at most this many stored leads (the earliest of the period). */
export const PREVIEW_HISTORY_LIMIT = 5_000;

export type PreviewLead = ReplayLead & {
  readonly leadId: string | null;
  readonly name: string;
  readonly actual?: { at: Date; ownerRepId: string | null; firstTouchAt: Date | null };
};

const closedSince = (at: Date) => new Date(at.getTime() - CLOSED_LEAD_OWNER_DAYS * 86_400_000);

/** Leads given in the request, taken in now in their order (`#1`, `#2`, … in the replay). */
export async function givenLeads(
  stores: Stores,
  workspaceId: string,
  leads: readonly LeadIntake[],
  now: Date,
): Promise<PreviewLead[]> {
  const out: PreviewLead[] = [];
  for (const [i, lead] of leads.entries()) {
    const keys = leadKeys(lead);
    const domain = companyDomainOf(keys.emailKey);
    out.push({
      ref: `#${i + 1}`,
      leadId: null,
      name: lead.name,
      at: now,
      // Custom fields are readable by name too, as at intake; standard fields win.
      fields: { ...lead.custom, ...lead },
      keys,
      found: await stores.routing.candidates(workspaceId, { ...keys, domain }, closedSince(now)),
    });
  }
  return out;
}

/**
 * The workspace's leads created in [from, to), each at its own time, matched against the
 * records that stood then; leads of the period are left to the replay, which owns them.
 */
export async function historyLeads(
  stores: Stores,
  workspaceId: string,
  from: Date,
  to: Date,
): Promise<{ leads: PreviewLead[]; truncated: boolean }> {
  const rows = await stores.routing.createdBetween(
    workspaceId,
    from,
    to,
    PREVIEW_HISTORY_LIMIT + 1,
  );
  const taken = rows.slice(0, PREVIEW_HISTORY_LIMIT);
  const replayed = new Set(taken.map((r) => r.lead.id));
  const leads: PreviewLead[] = [];
  for (const { lead, firstTouchAt } of taken) {
    const keys = leadKeys(lead);
    const domain = companyDomainOf(keys.emailKey);
    const at = lead.createdAt;
    const found = await stores.routing.candidates(
      workspaceId,
      { ...keys, domain },
      closedSince(at),
      at,
    );
    leads.push({
      ref: lead.id,
      leadId: lead.id,
      name: lead.name,
      at,
      fields: storedLeadFields(lead),
      keys,
      found: {
        openLeads: found.openLeads.filter((l) => !replayed.has(l.id)),
        accounts: found.accounts,
        closedLeads: found.closedLeads.filter((l) => !replayed.has(l.id)),
      },
      actual: { at, ownerRepId: lead.ownerRepId, firstTouchAt },
    });
  }
  return { leads, truncated: rows.length > PREVIEW_HISTORY_LIMIT };
}
