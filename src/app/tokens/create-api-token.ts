import type { ApiTokenRecord } from '../../domain/records/types.ts';
import { type Actor, requireAdmin } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { hashSecret, newSecret } from '../auth/secrets.ts';
import { validationError } from '../errors.ts';
import type { AppDeps } from '../ports.ts';

export const API_TOKEN_PREFIX = 'allot_';

/**
 * Issues a named token acting as `userId` (default: the admin). The token is returned once;
 * only its hash and a short prefix for recognition are stored.
 */
export async function createApiToken(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  input: { name: string; userId?: string | undefined },
): Promise<ApiTokenRecord & { token: string }> {
  requireAdmin(actor);
  const now = deps.clock.now();
  const token = newSecret(API_TOKEN_PREFIX);
  return deps.transact(async (stores) => {
    const userId = input.userId ?? actor.user.id;
    const user = await stores.users.get(actor.workspace.id, userId);
    if (user === null)
      throw validationError([
        {
          path: 'userId',
          message: `unknown user ${userId}`,
          code: 'unknown_reference',
          params: { id: userId },
        },
      ]);
    const record = await stores.apiTokens.insert(actor.workspace.id, {
      userId,
      name: input.name,
      tokenHash: hashSecret(token),
      prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
      lastUsedAt: null,
      revokedAt: null,
    });
    await writeAudit(stores, actor, {
      action: 'create',
      entity: 'api_token',
      entityId: record.id,
      after: record,
      at: now,
    });
    return { ...record, token };
  });
}
