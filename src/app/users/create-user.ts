import type { UserRecord } from '../../domain/records/types.ts';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../ports.ts';
import { createRecord } from '../records/create-record.ts';
import { type UserValues, userResource } from '../resources/user-resource.ts';

export type UserInput = Omit<UserValues, 'passwordHash'> & { password: string };

/** Adds a user (admins only); the password is stored as an argon2id hash. */
export async function createUser(
  deps: Pick<AppDeps, 'transact' | 'clock' | 'hasher'>,
  actor: Actor,
  input: UserInput,
): Promise<UserRecord> {
  const { password, ...rest } = input;
  return createRecord(deps, actor, userResource, {
    ...rest,
    passwordHash: await deps.hasher.hash(password),
  });
}
