/** Who is acting, and what they may see. */
import { resolveDataScope, type VisibleReps } from '../domain/access/data-scope.ts';
import type { UserRecord, WorkspaceRecord } from '../domain/records/types.ts';
import { AppError } from './errors.ts';
import type { Stores } from './ports.ts';

export type Actor = {
  readonly user: UserRecord;
  readonly workspace: WorkspaceRecord;
  /** How the actor is shown in the audit log (e-mail, or "token:<name>"). */
  readonly label: string;
  readonly requestId: string | null;
  /** Set for the command line and first-start setup: no signed-in user stands behind it. */
  readonly system?: true;
};

/** The audit and owner-history id of the actor: null for system actors. */
export function actorUserId(actor: Actor): string | null {
  return actor.system ? null : actor.user.id;
}

/** An administrator without a user row, for commands run on the server itself (`allot user add`). */
export function systemActor(workspace: WorkspaceRecord, label: string): Actor {
  return {
    system: true,
    label,
    requestId: null,
    workspace,
    user: {
      id: '00000000-0000-0000-0000-000000000000',
      workspaceId: workspace.id,
      email: label,
      name: label,
      passwordHash: '',
      role: 'admin',
      dataScope: 'all',
      teamId: null,
      repId: null,
      active: true,
      locale: workspace.locale,
      createdAt: workspace.createdAt,
      updatedAt: workspace.updatedAt,
    },
  };
}

/** Admins see the whole workspace; everyone else sees what their data scope allows. */
export async function visibleRepsOf(stores: Stores, actor: Actor): Promise<VisibleReps> {
  const { user } = actor;
  if (user.role === 'admin' || user.dataScope === 'all') return 'all';
  const org = await stores.org.load(user.workspaceId);
  const ownRep = user.repId === null ? undefined : org.reps.find((r) => r.id === user.repId);
  return resolveDataScope(
    {
      dataScope: user.dataScope,
      userId: user.id,
      repId: user.repId,
      teamId: user.teamId ?? ownRep?.teamId ?? null,
    },
    org,
  );
}

/** Managers and admins (e.g. to read the routing policy). */
export function requireManager(actor: Actor, what: string): void {
  if (actor.user.role === 'rep') throw new AppError('auth.forbidden', `reps do not see ${what}`);
}

/** The signed-in user's id: inboxes and the like belong to a person, not to the system. */
export function requireUser(actor: Actor): string {
  if (actor.system) throw new AppError('auth.forbidden', 'only a signed-in user has an inbox');
  return actor.user.id;
}

export function requireAdmin(actor: Actor): void {
  if (actor.user.role !== 'admin') {
    throw new AppError('auth.forbidden', 'only administrators may do this');
  }
}
