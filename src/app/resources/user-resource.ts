/** Users of the workspace: admins only, for reading and writing. Passwords arrive already hashed. */
import type { UserRecord } from '../../domain/records/types.ts';
import { AppError } from '../errors.ts';
import type { UserWrite } from '../ports.ts';
import { checkExists, definedOnly } from '../records/references.ts';
import type { Resource, WriteContext } from '../records/resource.ts';

export type UserValues = Partial<UserWrite> &
  Pick<UserWrite, 'email' | 'name' | 'role' | 'passwordHash'>;

const taken = (code: 'user.email_taken' | 'user.rep_taken', path: string, message: string) =>
  new AppError(code, message, {
    issues: [{ path, message: 'already used', code: 'already_used' }],
  });

async function checkUser(ctx: WriteContext, before: UserRecord | null, input: Partial<UserValues>) {
  const workspaceId = ctx.actor.workspace.id;
  if (input.email !== undefined) {
    const other = await ctx.stores.users.findByEmail(input.email);
    if (other && other.id !== before?.id)
      throw taken('user.email_taken', 'email', `e-mail ${input.email} is already used`);
  }
  await checkExists(ctx, 'teamId', ctx.stores.teams, input.teamId, 'team');
  await checkExists(ctx, 'repId', ctx.stores.reps, input.repId, 'rep');
  if (input.repId) {
    const rep = await ctx.stores.reps.get(workspaceId, input.repId);
    if (rep?.userId && rep.userId !== before?.id)
      throw taken('user.rep_taken', 'repId', 'this rep is linked to another user');
  }
  const losesAdmin =
    before !== null &&
    before.role === 'admin' &&
    before.active &&
    ((input.role !== undefined && input.role !== 'admin') || input.active === false);
  if (losesAdmin) await refuseLastAdmin(ctx);
}

async function refuseLastAdmin(ctx: WriteContext) {
  if ((await ctx.stores.users.countActiveAdmins(ctx.actor.workspace.id)) <= 1) {
    throw new AppError('user.last_admin', 'the workspace needs at least one active administrator');
  }
}

const adminOnly = (actor: { user: UserRecord }) => actor.user.role === 'admin';

export const userResource: Resource<UserRecord, UserWrite, UserValues, Partial<UserValues>> = {
  entity: 'user',
  notFound: 'user.not_found',
  defaultSort: 'email',
  store: (s) => s.users,
  canRead: adminOnly,
  canWrite: adminOnly,
  async prepareCreate(ctx, input) {
    const email = input.email.toLowerCase();
    await checkUser(ctx, null, { ...input, email });
    return {
      email,
      name: input.name,
      passwordHash: input.passwordHash,
      role: input.role,
      dataScope: input.dataScope ?? (input.role === 'admin' ? 'all' : 'self'),
      teamId: input.teamId ?? null,
      repId: input.repId ?? null,
      active: input.active ?? true,
      locale: input.locale ?? ctx.actor.workspace.locale,
    };
  },
  async prepareUpdate(ctx, before, patch) {
    const email = patch.email?.toLowerCase();
    await checkUser(ctx, before, { ...patch, email });
    if (patch.passwordHash !== undefined || patch.active === false)
      await ctx.stores.sessions.removeForUser(before.id);
    return definedOnly({ ...patch, email });
  },
  async checkDelete(ctx, user) {
    if (user.id === ctx.actor.user.id)
      throw new AppError('auth.forbidden', 'you cannot delete yourself');
    if (user.role === 'admin' && user.active) await refuseLastAdmin(ctx);
  },
};
