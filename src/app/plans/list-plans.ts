/** Plans of the workspace, newest first, a page at a time; reps see published plans only. */
import type { PlanRecord } from '../../domain/planning/stored-plan.ts';
import type { Actor } from '../actor.ts';
import { Issues } from '../errors.ts';
import type { AppDeps } from '../ports.ts';

const encode = (plan: PlanRecord) =>
  Buffer.from(JSON.stringify([plan.createdAt.toISOString(), plan.id])).toString('base64url');

function decode(cursor: string): { createdAt: Date; id: string } | null {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const createdAt = new Date(String(at));
    if (typeof id !== 'string' || Number.isNaN(createdAt.getTime())) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}

export async function listPlans(
  deps: Pick<AppDeps, 'stores'>,
  actor: Actor,
  query: { limit: number; cursor?: string | undefined },
): Promise<{
  items: PlanRecord[];
  nextCursor: string | null;
  total: number;
  totalCapped: boolean;
}> {
  const after = query.cursor === undefined ? undefined : decode(query.cursor);
  if (after === null) {
    const issues = new Issues();
    issues.add('cursor', 'not a cursor of this list', 'invalid_cursor');
    issues.throwIfAny();
  }
  const { rows, total } = await deps.stores.plans.list(actor.workspace.id, {
    limit: query.limit + 1,
    after: after ?? undefined,
    statuses: actor.user.role === 'rep' ? ['published'] : undefined,
  });
  const items = rows.slice(0, query.limit);
  return {
    items,
    nextCursor: rows.length > query.limit ? encode(items.at(-1)!) : null,
    total,
    totalCapped: false,
  };
}
