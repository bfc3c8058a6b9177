/** argon2id password hashing (OWASP parameters: 19 MiB, 2 passes, 1 lane). */
import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '../../app/ports.ts';

const OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id */ as const,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

export function createArgon2Hasher(): PasswordHasher {
  return {
    hash: (password) => hash(password, OPTIONS),
    verify: async (stored, password) => {
      try {
        return await verify(stored, password);
      } catch {
        return false;
      }
    },
  };
}
