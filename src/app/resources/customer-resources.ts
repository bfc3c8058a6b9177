/** Accounts (客户) and opportunities (商机): visible and writable inside the data scope. */
import { nextStageState } from '../../domain/records/opportunity-stage.ts';
import type { AccountRecord, OpportunityRecord } from '../../domain/records/types.ts';
import type { AccountWrite, OpportunityWrite } from '../ports.ts';
import {
  checkExists,
  checkOwnerRep,
  checkVisibleAccount,
  definedOnly,
  refuseIfReferenced,
  requireOwnerChangeReason,
} from '../records/references.ts';
import type { Resource, WriteContext } from '../records/resource.ts';

type Reasoned = { ownerChangeReason?: string | undefined };
type AccountInput = Partial<AccountWrite> & { name: string } & Reasoned;

/** Without an explicit owner a new record belongs to the acting user's rep. */
const defaultOwner = (ctx: WriteContext, given: string | null | undefined) =>
  given === undefined ? ctx.actor.user.repId : given;

export const accountResource: Resource<
  AccountRecord,
  AccountWrite,
  AccountInput,
  Partial<AccountInput>
> = {
  entity: 'account',
  notFound: 'account.not_found',
  defaultSort: '-createdAt',
  store: (s) => s.accounts,
  scopeOwner: (a) => a.ownerRepId,
  owned: { entity: 'account', reason: (input) => input.ownerChangeReason },
  canRead: () => true,
  canWrite: () => true,
  async prepareCreate(ctx, input) {
    const ownerRepId = defaultOwner(ctx, input.ownerRepId);
    await checkOwnerRep(ctx, 'ownerRepId', ownerRepId);
    return {
      name: input.name,
      domain: input.domain?.toLowerCase() ?? null,
      phones: input.phones ?? [],
      level: input.level ?? null,
      industry: input.industry ?? null,
      region: input.region ?? null,
      size: input.size ?? null,
      ownerRepId,
      ownedSince: ownerRepId === null ? null : ctx.now,
      lastFollowUpAt: input.lastFollowUpAt ?? null,
      won: input.won ?? false,
      locked: input.locked ?? false,
      satisfaction: input.satisfaction ?? null,
    };
  },
  async prepareUpdate(ctx, before, patch) {
    requireOwnerChangeReason(ctx, before, patch);
    const { ownerChangeReason: _reason, ...values } = patch;
    await checkOwnerRep(ctx, 'ownerRepId', values.ownerRepId);
    const ownerChanged = values.ownerRepId !== undefined && values.ownerRepId !== before.ownerRepId;
    return definedOnly({
      ...values,
      domain: values.domain === undefined ? undefined : (values.domain?.toLowerCase() ?? null),
      ownedSince: ownerChanged ? (values.ownerRepId === null ? null : ctx.now) : undefined,
    });
  },
  checkDelete: (ctx, a) => refuseIfReferenced(ctx, 'account', a.id, 'account.in_use'),
};

type OpportunityInput = Partial<Omit<OpportunityWrite, 'wonAt' | 'lostAt'>> & {
  name: string;
  accountId: string;
} & Reasoned;

async function checkOpportunity(ctx: WriteContext, input: Partial<OpportunityInput>) {
  await checkOwnerRep(ctx, 'ownerRepId', input.ownerRepId);
  await checkVisibleAccount(ctx, 'accountId', input.accountId);
  await checkExists(ctx, 'productId', ctx.stores.products, input.productId, 'product');
}

export const opportunityResource: Resource<
  OpportunityRecord,
  OpportunityWrite,
  OpportunityInput,
  Partial<OpportunityInput>
> = {
  entity: 'opportunity',
  notFound: 'opportunity.not_found',
  defaultSort: '-createdAt',
  store: (s) => s.opportunities,
  scopeOwner: (o) => o.ownerRepId,
  owned: { entity: 'opportunity', reason: (input) => input.ownerChangeReason },
  canRead: () => true,
  canWrite: () => true,
  async prepareCreate(ctx, input) {
    const ownerRepId = defaultOwner(ctx, input.ownerRepId);
    await checkOpportunity(ctx, { ...input, ownerRepId });
    return {
      name: input.name,
      accountId: input.accountId,
      ownerRepId,
      productId: input.productId ?? null,
      amount: input.amount ?? 0,
      expectedClose: input.expectedClose ?? null,
      ...nextStageState(
        null,
        definedOnly({ stage: input.stage, probability: input.probability }),
        ctx.now,
      ),
    };
  },
  async prepareUpdate(ctx, before, patch) {
    requireOwnerChangeReason(ctx, before, patch);
    const { ownerChangeReason: _reason, ...values } = patch;
    await checkOpportunity(ctx, values);
    const stage = nextStageState(
      before,
      definedOnly({ stage: values.stage, probability: values.probability }),
      ctx.now,
    );
    return definedOnly({ ...values, ...stage });
  },
};
