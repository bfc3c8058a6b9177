import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import type { AppDeps, SignedIn } from '../ports.ts';
import { hashSecret } from './secrets.ts';

export type Authenticated = {
  actor: Actor;
  /** Set for cookie sessions: unsafe requests must echo it. Null for API tokens. */
  csrfToken: string | null;
};

/** Token use is recorded at most once a minute, so reads stay reads. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Resolves a Bearer API token or a session cookie to the acting user; `auth.required` when
 * neither is valid, expired, revoked, or belongs to a deactivated user.
 */
export async function authenticate(
  deps: Pick<AppDeps, 'stores' | 'clock'>,
  credentials: {
    bearer?: string | undefined;
    sessionToken?: string | undefined;
    requestId: string | null;
  },
): Promise<Authenticated> {
  const { stores } = deps;
  const now = deps.clock.now();
  const required = () => new AppError('auth.required', 'sign in or send an API token');
  const actor = (found: SignedIn, label: string): Actor => {
    if (!found.user.active) throw new AppError('auth.required', 'this user is deactivated');
    return {
      user: found.user,
      workspace: found.workspace,
      label,
      requestId: credentials.requestId,
    };
  };
  if (credentials.bearer !== undefined) {
    const found = await stores.apiTokens.resolve(hashSecret(credentials.bearer));
    if (found === null || found.token.revokedAt !== null) throw required();
    const { token } = found;
    const signedIn = actor(found, `token:${token.name}`);
    if (
      token.lastUsedAt === null ||
      now.getTime() - token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS
    ) {
      await stores.apiTokens.touch(token.id, now);
    }
    return { actor: signedIn, csrfToken: null };
  }
  if (credentials.sessionToken !== undefined) {
    const found = await stores.sessions.resolve(hashSecret(credentials.sessionToken));
    if (found === null || found.session.expiresAt <= now) throw required();
    return { actor: actor(found, found.user.email), csrfToken: found.session.csrfToken };
  }
  throw required();
}
