/**
 * Leads (线索): status follows ownership (see lead-state), visible inside the data scope; an
 * owner given by hand enters the routing log as a manual assignment.
 */
import {
  type LeadStateIssue,
  leadStateIssues,
  nextLeadState,
} from '../../domain/records/lead-state.ts';
import type { LeadRecord } from '../../domain/records/types.ts';
import type { LeadWrite } from '../ports.ts';
import {
  checkOwnerRep,
  checkVisibleAccount,
  definedOnly,
  requireOwnerChangeReason,
} from '../records/references.ts';
import type { Resource, WriteContext } from '../records/resource.ts';
import { recordManualAssignment } from '../routing/record-manual-assignment.ts';

type LeadInput = Partial<LeadWrite> & { name: string; ownerChangeReason?: string | undefined };

const STATE_MESSAGES: Record<LeadStateIssue['code'], string> = {
  lead_owner_required: 'an assigned or working lead needs an owner',
  lead_status_requires_no_owner: 'a new, held or pooled lead has no owner',
  lead_close_result_required: 'a closed lead needs a close result',
};

function checkState(ctx: WriteContext, state: ReturnType<typeof nextLeadState>) {
  for (const issue of leadStateIssues(state))
    ctx.issues.add(issue.path, STATE_MESSAGES[issue.code], issue.code);
}

export const leadResource: Resource<LeadRecord, LeadWrite, LeadInput, Partial<LeadInput>> = {
  entity: 'lead',
  notFound: 'lead.not_found',
  defaultSort: '-createdAt',
  store: (s) => s.leads,
  scopeOwner: (l) => l.ownerRepId,
  owned: { entity: 'lead', reason: (input) => input.ownerChangeReason },
  canRead: () => true,
  canWrite: () => true,
  async prepareCreate(ctx, input) {
    const ownerRepId = input.ownerRepId === undefined ? ctx.actor.user.repId : input.ownerRepId;
    await checkOwnerRep(ctx, 'ownerRepId', ownerRepId);
    await checkVisibleAccount(ctx, 'accountId', input.accountId);
    const state = nextLeadState(
      null,
      definedOnly({ ownerRepId, status: input.status, closeResult: input.closeResult }),
    );
    checkState(ctx, state);
    return {
      source: input.source ?? 'other',
      name: input.name,
      company: input.company ?? null,
      email: input.email?.toLowerCase() ?? null,
      phone: input.phone ?? null,
      region: input.region ?? null,
      industry: input.industry ?? null,
      score: input.score ?? null,
      custom: input.custom ?? {},
      ...state,
      ownedSince: state.ownerRepId === null ? null : ctx.now,
      accountId: input.accountId ?? null,
      closedAt: state.status === 'closed' ? ctx.now : null,
      externalId: input.externalId ?? null,
    };
  },
  async prepareUpdate(ctx, before, patch) {
    requireOwnerChangeReason(ctx, before, patch);
    const { ownerChangeReason: _reason, ...values } = patch;
    await checkOwnerRep(ctx, 'ownerRepId', values.ownerRepId);
    await checkVisibleAccount(ctx, 'accountId', values.accountId);
    const state = nextLeadState(
      before,
      definedOnly({
        ownerRepId: values.ownerRepId,
        status: values.status,
        closeResult: values.closeResult,
      }),
    );
    checkState(ctx, state);
    const ownerChanged = state.ownerRepId !== before.ownerRepId;
    return definedOnly({
      ...values,
      email: values.email === undefined ? undefined : (values.email?.toLowerCase() ?? null),
      ...state,
      ownedSince: ownerChanged ? (state.ownerRepId === null ? null : ctx.now) : undefined,
      closedAt:
        state.status === before.status ? undefined : state.status === 'closed' ? ctx.now : null,
    });
  },
  async afterUpdate(ctx, before, after) {
    if (after.ownerRepId === null || after.ownerRepId === before.ownerRepId) return;
    await recordManualAssignment(ctx.stores, ctx.actor.workspace.id, {
      leadId: after.id,
      repId: after.ownerRepId,
      at: ctx.now,
    });
  },
};
