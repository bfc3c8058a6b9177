import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { hashSecret } from './secrets.ts';

export type Authenticated = {
  actor: Actor;
  /** Set for cookie sessions: unsafe requests must echo it. Null for API tokens. */
  csrfToken: string | null;
};

/** Token use is recorded at most once a minute, so reads stay reads. */
const TOUCH_INTERVAL_MS = 60_000;

/** Resolves a Bearer API token or a session cookie to the acting user; `auth.required` otherwise. */
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
  if (credentials.bearer !== undefined) {
    const token = await stores.apiTokens.findByHash(hashSecret(credentials.bearer));
    if (token === null || token.revokedAt !== null) throw required();
    const actor = await actorFor(
      deps,
      token.workspaceId,
      token.userId,
      `token:${token.name}`,
      credentials.requestId,
    );
    if (
      token.lastUsedAt === null ||
      now.getTime() - token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS
    ) {
      await stores.apiTokens.touch(token.id, now);
    }
    return { actor, csrfToken: null };
  }
  if (credentials.sessionToken !== undefined) {
    const session = await stores.sessions.get(hashSecret(credentials.sessionToken));
    if (session === null || session.expiresAt <= now) throw required();
    const actor = await actorFor(
      deps,
      session.workspaceId,
      session.userId,
      null,
      credentials.requestId,
    );
    return { actor, csrfToken: session.csrfToken };
  }
  throw required();
}

async function actorFor(
  deps: Pick<AppDeps, 'stores'>,
  workspaceId: string,
  userId: string,
  label: string | null,
  requestId: string | null,
): Promise<Actor> {
  const [user, workspace] = await Promise.all([
    deps.stores.users.get(workspaceId, userId),
    deps.stores.workspaces.get(workspaceId),
  ]);
  if (user === null || !user.active || workspace === null) {
    throw new AppError('auth.required', 'the account behind these credentials is inactive');
  }
  return { user, workspace, label: label ?? user.email, requestId };
}
