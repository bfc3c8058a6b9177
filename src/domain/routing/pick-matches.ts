/**
 * Which existing record an incoming lead matches, by the spec's precedence. The loader finds the
 * candidate rows by key (an index lookup); this picks among them.
 *
 * - Duplicate: an open lead with the same e-mail, else phone, else company key; the earliest
 *   created wins within a key.
 * - Owner first: an owned account by e-mail domain, else phone, else company key (earliest
 *   first); failing that, the most recently closed lead with an owner, closed within 180 days.
 */
import type { LeadMatches } from './decide.ts';
import type { MatchKey } from './decision.ts';
import { companyDomainOf, type LeadKeys } from './matching-keys.ts';

export const CLOSED_LEAD_OWNER_DAYS = 180;

export type OpenLeadRow = LeadKeys & { id: string; ownerRepId: string | null; createdAt: Date };
export type AccountRow = {
  id: string;
  ownerRepId: string | null;
  domain: string | null;
  companyKey: string | null;
  phoneKeys: readonly string[];
  createdAt: Date;
};
export type ClosedLeadRow = LeadKeys & {
  id: string;
  ownerRepId: string | null;
  closedAt: Date | null;
};

const earliest = <T extends { id: string; createdAt: Date }>(rows: T[]): T | undefined =>
  [...rows].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  )[0];

function leadKeyMatch(keys: LeadKeys, row: LeadKeys): MatchKey | null {
  if (keys.emailKey !== null && row.emailKey === keys.emailKey) return 'email';
  if (keys.phoneKey !== null && row.phoneKey === keys.phoneKey) return 'phone';
  if (keys.companyKey !== null && row.companyKey === keys.companyKey) return 'company';
  return null;
}

export function pickMatches(
  keys: LeadKeys,
  found: {
    openLeads: readonly OpenLeadRow[];
    accounts: readonly AccountRow[];
    closedLeads: readonly ClosedLeadRow[];
  },
  now: Date,
): LeadMatches {
  const matches: { duplicateOf?: LeadMatches['duplicateOf']; owner?: LeadMatches['owner'] } = {};
  for (const key of ['email', 'phone', 'company'] as const) {
    const hit = earliest(found.openLeads.filter((l) => leadKeyMatch(keys, l) === key));
    if (hit) {
      matches.duplicateOf = { leadId: hit.id, ownerRepId: hit.ownerRepId, matchedBy: key };
      break;
    }
  }
  const domain = companyDomainOf(keys.emailKey);
  const owned = found.accounts.filter((a) => a.ownerRepId !== null);
  const byKey: [MatchKey, (a: AccountRow) => boolean][] = [
    ['domain', (a) => domain !== null && a.domain === domain],
    ['phone', (a) => keys.phoneKey !== null && a.phoneKeys.includes(keys.phoneKey)],
    ['company', (a) => keys.companyKey !== null && a.companyKey === keys.companyKey],
  ];
  for (const [key, test] of byKey) {
    const hit = earliest(owned.filter(test));
    if (hit) {
      matches.owner = {
        ownerRepId: hit.ownerRepId!,
        record: { kind: 'account', id: hit.id },
        matchedBy: key,
      };
      return matches;
    }
  }
  const since = now.getTime() - CLOSED_LEAD_OWNER_DAYS * 86_400_000;
  const closed = found.closedLeads
    .filter((l) => l.ownerRepId !== null && l.closedAt !== null && l.closedAt.getTime() >= since)
    .map((l) => ({ lead: l, key: leadKeyMatch(keys, l) }))
    .filter((x): x is { lead: ClosedLeadRow; key: MatchKey } => x.key !== null)
    .sort((a, b) => b.lead.closedAt!.getTime() - a.lead.closedAt!.getTime())[0];
  if (closed) {
    matches.owner = {
      ownerRepId: closed.lead.ownerRepId!,
      record: { kind: 'lead', id: closed.lead.id },
      matchedBy: closed.key,
    };
  }
  return matches;
}
