import type { ApiTokenRecord } from '../../domain/records/types.ts';
import { type Actor, requireAdmin } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import type { AppDeps } from '../ports.ts';
import { loadVisible } from '../records/load-visible.ts';
import { apiTokenResource } from './api-token-resource.ts';

/** Revokes a token: it stops working at once and stays listed as revoked. Revoking twice is a no-op. */
export async function revokeApiToken(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  id: string,
): Promise<ApiTokenRecord> {
  requireAdmin(actor);
  const now = deps.clock.now();
  return deps.transact(async (stores) => {
    const before = await loadVisible(stores, actor, apiTokenResource, id, 'all');
    if (before.revokedAt !== null) return before;
    const after = await stores.apiTokens.update(actor.workspace.id, id, { revokedAt: now });
    await writeAudit(stores, actor, {
      action: 'revoke',
      entity: 'api_token',
      entityId: id,
      before,
      after,
      at: now,
    });
    return after;
  });
}
