import type { UserRecord } from '../../domain/records/types.ts';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../ports.ts';
import { updateRecord } from '../records/update-record.ts';
import { userResource } from '../resources/user-resource.ts';
import type { UserInput } from './create-user.ts';

/** Changes a user (admins only). A new password or deactivation ends the user's sessions. */
export async function updateUser(
  deps: Pick<AppDeps, 'transact' | 'clock' | 'hasher'>,
  actor: Actor,
  id: string,
  patch: Partial<UserInput>,
): Promise<UserRecord> {
  const { password, ...rest } = patch;
  const passwordHash = password === undefined ? undefined : await deps.hasher.hash(password);
  return updateRecord(
    deps,
    actor,
    userResource,
    id,
    passwordHash === undefined ? rest : { ...rest, passwordHash },
  );
}
