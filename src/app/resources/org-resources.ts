/** Organisation data: teams (a tree), territories (a tree) and products. Admins write; all read. */
import type { ProductRecord, TeamRecord, TerritoryRecord } from '../../domain/records/types.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import type { ProductWrite, TeamWrite, TerritoryWrite } from '../ports.ts';
import {
  checkExists,
  checkParent,
  definedOnly,
  refuseIfReferenced,
} from '../records/references.ts';
import type { Resource, WriteContext } from '../records/resource.ts';

const anyone = () => true;
const admin = (actor: Actor) => actor.user.role === 'admin';

type TeamInput = { name: string; parentId?: string | null; managerUserId?: string | null };

async function checkTeam(ctx: WriteContext, id: string | null, input: Partial<TeamInput>) {
  const teams = await ctx.stores.teams.all(ctx.actor.workspace.id);
  await checkParent(ctx, teams, id, input.parentId, 'team.cycle');
  await checkExists(ctx, 'managerUserId', ctx.stores.users, input.managerUserId, 'user');
}

export const teamResource: Resource<TeamRecord, TeamWrite, TeamInput, Partial<TeamInput>> = {
  entity: 'team',
  notFound: 'team.not_found',
  defaultSort: 'name',
  store: (s) => s.teams,
  canRead: anyone,
  canWrite: admin,
  async prepareCreate(ctx, input) {
    await checkTeam(ctx, null, input);
    return {
      name: input.name,
      parentId: input.parentId ?? null,
      managerUserId: input.managerUserId ?? null,
    };
  },
  async prepareUpdate(ctx, before, patch) {
    await checkTeam(ctx, before.id, patch);
    return definedOnly(patch);
  },
  checkDelete: (ctx, team) => refuseIfReferenced(ctx, 'team', team.id, 'team.in_use'),
};

type TerritoryInput = Partial<Omit<TerritoryWrite, 'name'>> & { name: string };

async function checkTerritory(
  ctx: WriteContext,
  id: string | null,
  input: Partial<TerritoryInput>,
) {
  const all = await ctx.stores.territories.all(ctx.actor.workspace.id);
  await checkParent(ctx, all, id, input.parentId, 'territory.cycle');
  const repIds = input.repIds ?? [];
  const found = await ctx.stores.reps.existing(ctx.actor.workspace.id, repIds);
  repIds.forEach((repId, i) => {
    if (!found.has(repId))
      ctx.issues.add(`repIds.${i}`, `unknown rep ${repId}`, 'unknown_reference', { id: repId });
  });
}

export const territoryResource: Resource<
  TerritoryRecord,
  TerritoryWrite,
  TerritoryInput,
  Partial<TerritoryInput>
> = {
  entity: 'territory',
  notFound: 'territory.not_found',
  defaultSort: 'name',
  store: (s) => s.territories,
  canRead: anyone,
  canWrite: admin,
  async prepareCreate(ctx, input) {
    await checkTerritory(ctx, null, input);
    return {
      name: input.name,
      parentId: input.parentId ?? null,
      criteria: input.criteria ?? {},
      potential: input.potential ?? {},
      repIds: [...new Set(input.repIds ?? [])],
    };
  },
  async prepareUpdate(ctx, before, patch) {
    await checkTerritory(ctx, before.id, patch);
    return definedOnly({ ...patch, repIds: patch.repIds ? [...new Set(patch.repIds)] : undefined });
  },
  checkDelete: (ctx, t) => refuseIfReferenced(ctx, 'territory', t.id, 'territory.in_use'),
};

type ProductInput = Partial<ProductWrite> & { code: string; name: string };

async function checkProductCode(ctx: WriteContext, id: string | null, code: string | undefined) {
  if (code === undefined) return;
  const other = await ctx.stores.products.findByCode(ctx.actor.workspace.id, code);
  if (other && other.id !== id) {
    throw new AppError('product.code_taken', `product code ${code} is already used`, {
      issues: [{ path: 'code', message: 'already used', code: 'already_used' }],
    });
  }
}

export const productResource: Resource<
  ProductRecord,
  ProductWrite,
  ProductInput,
  Partial<ProductInput>
> = {
  entity: 'product',
  notFound: 'product.not_found',
  defaultSort: 'code',
  store: (s) => s.products,
  canRead: anyone,
  canWrite: admin,
  async prepareCreate(ctx, input) {
    await checkProductCode(ctx, null, input.code);
    return {
      code: input.code,
      name: input.name,
      unitPrice: input.unitPrice ?? 0,
      active: input.active ?? true,
    };
  },
  async prepareUpdate(ctx, before, patch) {
    await checkProductCode(ctx, before.id, patch.code);
    return definedOnly(patch);
  },
  checkDelete: (ctx, p) => refuseIfReferenced(ctx, 'product', p.id, 'product.in_use'),
};
