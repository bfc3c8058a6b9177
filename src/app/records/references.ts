/** Reference checks shared by the resources: each problem names the field. */
import { canSeeOwner } from '../../domain/access/data-scope.ts';
import { type TreeNode, wouldCreateCycle } from '../../domain/shared/tree.ts';
import { AppError, type AppErrorCode } from '../errors.ts';
import type { RecordStore } from '../ports.ts';
import type { WriteContext } from './resource.ts';

/** Records `path: unknown <what>` when `id` is set and not in the workspace. */
export async function checkExists(
  ctx: WriteContext,
  path: string,
  store: Pick<RecordStore<unknown, unknown>, 'existing'>,
  id: string | null | undefined,
  what: string,
): Promise<void> {
  if (id === null || id === undefined) return;
  const found = await store.existing(ctx.actor.workspace.id, [id]);
  if (!found.has(id)) ctx.issues.add(path, `unknown ${what} ${id}`, 'unknown_reference', { id });
}

/** An owner must be a rep of the workspace inside the actor's data scope. */
export async function checkOwnerRep(
  ctx: WriteContext,
  path: string,
  repId: string | null | undefined,
): Promise<void> {
  if (repId === undefined) return;
  if (repId === null) {
    if (ctx.visible !== 'all')
      ctx.issues.add(path, 'an owner is required for your data scope', 'owner_required');
    return;
  }
  const found = await ctx.stores.reps.existing(ctx.actor.workspace.id, [repId]);
  if (!found.has(repId) || !canSeeOwner(ctx.visible, repId)) {
    ctx.issues.add(path, `unknown rep ${repId} or outside your data scope`, 'outside_scope', {
      id: repId,
    });
  }
}

/** A linked account must exist and be visible to the actor. */
export async function checkVisibleAccount(
  ctx: WriteContext,
  path: string,
  accountId: string | null | undefined,
): Promise<void> {
  if (accountId === null || accountId === undefined) return;
  const account = await ctx.stores.accounts.get(ctx.actor.workspace.id, accountId);
  if (account === null || !canSeeOwner(ctx.visible, account.ownerRepId)) {
    ctx.issues.add(
      path,
      `unknown account ${accountId} or outside your data scope`,
      'outside_scope',
      {
        id: accountId,
      },
    );
  }
}

/** A tree parent must exist and must not be the node itself or below it. */
export async function checkParent(
  ctx: WriteContext,
  nodes: readonly TreeNode[],
  nodeId: string | null,
  parentId: string | null | undefined,
  cycleCode: AppErrorCode,
): Promise<void> {
  if (parentId === null || parentId === undefined) return;
  if (!nodes.some((n) => n.id === parentId)) {
    ctx.issues.add('parentId', `unknown parent ${parentId}`, 'unknown_reference', { id: parentId });
    return;
  }
  if (nodeId !== null && wouldCreateCycle(nodes, nodeId, parentId)) {
    throw new AppError(cycleCode, 'the new parent is this node or one of its descendants', {
      issues: [{ path: 'parentId', message: 'would create a loop', code: 'self_reference' }],
    });
  }
}

/** Refuses a delete while other records point at the row, naming them. */
export async function refuseIfReferenced(
  ctx: WriteContext,
  entity: 'team' | 'rep' | 'territory' | 'product' | 'account',
  id: string,
  code: AppErrorCode,
): Promise<void> {
  const counts = await ctx.stores.references.count(ctx.actor.workspace.id, entity, id);
  const inUse = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
  if (Object.keys(inUse).length > 0) {
    const list = Object.entries(inUse)
      .map(([table, n]) => `${n} ${table}`)
      .join(', ');
    throw new AppError(code, `still referenced by ${list}`, { references: inUse });
  }
}

/** Drops keys whose value is undefined, so a patch only touches what was sent. */
export function definedOnly<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/** Handing a record to another owner needs a written reason (it goes to the owner history). */
export function requireOwnerChangeReason(
  ctx: WriteContext,
  before: { ownerRepId: string | null },
  patch: { ownerRepId?: string | null | undefined; ownerChangeReason?: string | undefined },
): void {
  const changes = patch.ownerRepId !== undefined && patch.ownerRepId !== before.ownerRepId;
  if (changes && before.ownerRepId !== null && !patch.ownerChangeReason?.trim()) {
    ctx.issues.add(
      'ownerChangeReason',
      'a reason is required to change the owner',
      'reason_required',
    );
  }
}
