import type { Stores } from '../ports.ts';
import { hashSecret } from './secrets.ts';

/** Ends a session; an unknown or expired session is already ended. */
export async function logout(deps: { stores: Stores }, sessionToken: string): Promise<void> {
  await deps.stores.sessions.remove(hashSecret(sessionToken));
}
