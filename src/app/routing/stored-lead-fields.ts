import type { LeadRecord } from '../../domain/records/types.ts';

/**
 * What conditions and attribute matches read of a stored lead replayed or batch-assigned:
 * its custom fields, then its own columns, without what routing made of it (owner, status).
 */
export function storedLeadFields(lead: LeadRecord): Record<string, unknown> {
  const {
    ownerRepId: _o,
    status: _s,
    ownedSince: _w,
    closedAt: _c,
    closeResult: _r,
    ...own
  } = lead;
  return { ...lead.custom, ...own };
}
