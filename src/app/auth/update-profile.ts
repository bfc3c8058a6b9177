import type { UserRecord } from '../../domain/records/types.ts';
import type { Locale } from '../../domain/shared/vocabulary.ts';
import type { Actor } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { validationError } from '../errors.ts';
import type { AppDeps } from '../ports.ts';

/** A user changes their own language, name or password (the current password is required for that). */
export async function updateProfile(
  deps: Pick<AppDeps, 'transact' | 'clock' | 'hasher'>,
  actor: Actor,
  patch: {
    locale?: Locale | undefined;
    name?: string | undefined;
    currentPassword?: string | undefined;
    newPassword?: string | undefined;
  },
): Promise<UserRecord> {
  const now = deps.clock.now();
  let passwordHash: string | undefined;
  if (patch.newPassword !== undefined) {
    const ok = await deps.hasher.verify(actor.user.passwordHash, patch.currentPassword ?? '');
    if (!ok)
      throw validationError([
        {
          path: 'currentPassword',
          message: 'the current password is wrong',
          code: 'wrong_password',
        },
      ]);
    passwordHash = await deps.hasher.hash(patch.newPassword);
  }
  return deps.transact(async (stores) => {
    const values = Object.fromEntries(
      Object.entries({ locale: patch.locale, name: patch.name, passwordHash }).filter(
        ([, v]) => v !== undefined,
      ),
    );
    const after = await stores.users.update(actor.workspace.id, actor.user.id, values);
    await writeAudit(stores, actor, {
      action: 'update',
      entity: 'user',
      entityId: actor.user.id,
      before: actor.user,
      after,
      at: now,
    });
    return after;
  });
}
