/**
 * Activities (跟进记录): a call, visit, e-mail, meeting or note by a rep on a lead or an account.
 * Logging one is a follow-up: the account's last follow-up time moves forward, and a lead its
 * owner has not yet worked becomes `working`.
 */

import { canSeeOwner } from '../../domain/access/data-scope.ts';
import type { ActivityRecord } from '../../domain/records/types.ts';
import type { ActivityWrite } from '../ports.ts';
import { checkOwnerRep, checkVisibleAccount, definedOnly } from '../records/references.ts';
import type { Resource, WriteContext } from '../records/resource.ts';

type ActivityInput = Partial<ActivityWrite> & Pick<ActivityWrite, 'kind' | 'at'>;

async function checkVisibleLead(ctx: WriteContext, leadId: string | null | undefined) {
  if (leadId === null || leadId === undefined) return;
  const lead = await ctx.stores.leads.get(ctx.actor.workspace.id, leadId);
  if (lead === null || !canSeeOwner(ctx.visible, lead.ownerRepId)) {
    ctx.issues.add('leadId', `unknown lead ${leadId} or outside your data scope`, 'outside_scope', {
      id: leadId,
    });
  }
}

async function checkActivity(
  ctx: WriteContext,
  input: Partial<ActivityInput>,
  merged: Partial<ActivityInput>,
) {
  await checkOwnerRep(ctx, 'repId', input.repId);
  await checkVisibleLead(ctx, input.leadId);
  await checkVisibleAccount(ctx, 'accountId', input.accountId);
  if ((merged.leadId ?? null) === null && (merged.accountId ?? null) === null) {
    ctx.issues.add('leadId', 'an activity is about a lead or an account', 'subject_required');
  }
}

export const activityResource: Resource<
  ActivityRecord,
  ActivityWrite,
  ActivityInput,
  Partial<ActivityInput>
> = {
  entity: 'activity',
  notFound: 'activity.not_found',
  defaultSort: '-at',
  store: (s) => s.activities,
  scopeOwner: (a) => a.repId,
  canRead: () => true,
  canWrite: () => true,
  async prepareCreate(ctx, input) {
    const values = {
      kind: input.kind,
      repId: input.repId === undefined ? ctx.actor.user.repId : input.repId,
      leadId: input.leadId ?? null,
      accountId: input.accountId ?? null,
      at: input.at,
      summary: input.summary ?? '',
    };
    await checkActivity(ctx, values, values);
    return values;
  },
  async prepareUpdate(ctx, before, patch) {
    await checkActivity(ctx, patch, { ...before, ...definedOnly(patch) });
    return definedOnly(patch);
  },
  async afterCreate(ctx, activity) {
    const workspaceId = ctx.actor.workspace.id;
    if (activity.accountId !== null) {
      const account = await ctx.stores.accounts.get(workspaceId, activity.accountId);
      if (account && (account.lastFollowUpAt === null || account.lastFollowUpAt < activity.at)) {
        await ctx.stores.accounts.update(workspaceId, account.id, { lastFollowUpAt: activity.at });
      }
    }
    if (activity.leadId !== null) {
      const lead = await ctx.stores.leads.get(workspaceId, activity.leadId);
      if (lead && lead.status === 'assigned' && lead.ownerRepId === activity.repId) {
        await ctx.stores.leads.update(workspaceId, lead.id, { status: 'working' });
      }
    }
  },
};
