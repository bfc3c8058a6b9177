import type { UserRecord, WorkspaceRecord } from '../../domain/records/types.ts';
import { writeAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { hashSecret, newSecret } from './secrets.ts';

export type LoginResult = {
  /** The session secret for the cookie; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserRecord;
  workspace: WorkspaceRecord;
};

let dummyHash: Promise<string> | undefined;

/**
 * Signs a user in. Failures are counted per e-mail and per IP; past the limit every attempt is
 * refused with `auth.throttled` until the window passes. Unknown e-mail, wrong password and
 * inactive user give the same answer. Sessions that have ended are swept out here.
 */
export async function login(
  deps: Pick<AppDeps, 'stores' | 'transact' | 'clock' | 'hasher' | 'throttle' | 'sessionHours'>,
  input: { email: string; password: string; ip: string; requestId: string | null },
): Promise<LoginResult> {
  const now = deps.clock.now();
  const email = input.email.trim().toLowerCase();
  const keys = [`email:${email}`, `ip:${input.ip}`];
  const gate = deps.throttle.isBlocked(keys, now);
  if (gate.blocked) {
    throw new AppError(
      'auth.throttled',
      `too many failed sign-ins; try again in ${gate.retryAfterSeconds} s`,
      {
        retryAfterSeconds: gate.retryAfterSeconds,
      },
    );
  }
  const user = await deps.stores.users.findByEmail(email);
  dummyHash ??= deps.hasher.hash('not a password');
  const valid = await deps.hasher.verify(user?.passwordHash ?? (await dummyHash), input.password);
  if (user === null || !valid || !user.active) {
    deps.throttle.recordFailure(keys, now);
    throw new AppError('auth.invalid_credentials', 'wrong e-mail or password');
  }
  deps.throttle.reset([`email:${email}`]);
  const sessionToken = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + deps.sessionHours * 3_600_000);
  const workspace = await deps.transact(async (stores) => {
    const ws = await stores.workspaces.get(user.workspaceId);
    if (ws === null) throw new AppError('workspace.not_found', 'the user has no workspace');
    await stores.sessions.removeExpired(now);
    await stores.sessions.insert({
      id: hashSecret(sessionToken),
      workspaceId: ws.id,
      userId: user.id,
      csrfToken,
      expiresAt,
    });
    await writeAudit(
      stores,
      { user, workspace: ws, label: user.email, requestId: input.requestId },
      {
        action: 'login',
        entity: 'user',
        entityId: user.id,
        at: now,
      },
    );
    return ws;
  });
  return { sessionToken, csrfToken, expiresAt, user, workspace };
}
