/**
 * Lead status rules of the routing spec: a lead in `assigned` or `working` has an owner; `new`,
 * `held` and `pooled` leads have none; a `closed` lead carries its result. Ownership changes
 * move the status so that the two never disagree.
 */
import { type LeadCloseResult, type LeadStatus, OPEN_LEAD_STATUSES } from '../shared/vocabulary.ts';

export type LeadState = {
  readonly status: LeadStatus;
  readonly ownerRepId: string | null;
  readonly closeResult: LeadCloseResult | null;
};

export type LeadStateIssue = {
  readonly path: 'status' | 'ownerRepId' | 'closeResult';
  readonly code:
    | 'lead_owner_required'
    | 'lead_status_requires_no_owner'
    | 'lead_close_result_required';
};

export function isOpenLead(status: LeadStatus): boolean {
  return (OPEN_LEAD_STATUSES as readonly LeadStatus[]).includes(status);
}

/**
 * The state after a change: when only the owner changes, an unowned lead becomes `assigned` and
 * an open lead whose owner is cleared becomes `new`; a status other than `closed` drops the result.
 */
export function nextLeadState(before: LeadState | null, change: Partial<LeadState>): LeadState {
  const ownerRepId =
    change.ownerRepId !== undefined ? change.ownerRepId : (before?.ownerRepId ?? null);
  let status = change.status ?? before?.status ?? (ownerRepId === null ? 'new' : 'assigned');
  if (change.status === undefined && change.ownerRepId !== undefined) {
    if (ownerRepId !== null && !isOpenLead(status) && status !== 'closed') status = 'assigned';
    if (ownerRepId === null && isOpenLead(status)) status = 'new';
  }
  const closeResult =
    status === 'closed'
      ? change.closeResult !== undefined
        ? change.closeResult
        : (before?.closeResult ?? null)
      : null;
  return { status, ownerRepId, closeResult };
}

/** Contradictions between status, owner and result; empty when the state is consistent. */
export function leadStateIssues(state: LeadState): LeadStateIssue[] {
  const issues: LeadStateIssue[] = [];
  if (isOpenLead(state.status) && state.ownerRepId === null) {
    issues.push({ path: 'ownerRepId', code: 'lead_owner_required' });
  }
  if (
    (state.status === 'new' || state.status === 'held' || state.status === 'pooled') &&
    state.ownerRepId !== null
  ) {
    issues.push({ path: 'status', code: 'lead_status_requires_no_owner' });
  }
  if (state.status === 'closed' && state.closeResult === null) {
    issues.push({ path: 'closeResult', code: 'lead_close_result_required' });
  }
  return issues;
}
