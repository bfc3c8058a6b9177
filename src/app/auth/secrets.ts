/** Random secrets and their stored hashes (session ids, API tokens, CSRF tokens). */
import { createHash, randomBytes } from 'node:crypto';

export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Only this hash is stored; the secret itself is shown once. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
