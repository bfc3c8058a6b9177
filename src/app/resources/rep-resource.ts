/**
 * Reps (销售代表) and their routing profile: level, tenure, caps, away windows, mentor. Admins
 * create and delete reps; managers edit the reps inside their data scope.
 */
import type { RepRecord } from '../../domain/records/types.ts';
import { AppError } from '../errors.ts';
import type { RepWrite } from '../ports.ts';
import { checkExists, definedOnly, refuseIfReferenced } from '../records/references.ts';
import type { Resource, WriteContext } from '../records/resource.ts';

type RepInput = Partial<RepWrite> & { code: string; name: string };

async function checkRep(ctx: WriteContext, id: string | null, input: Partial<RepInput>) {
  const workspaceId = ctx.actor.workspace.id;
  if (input.code !== undefined) {
    const other = await ctx.stores.reps.findByCode(workspaceId, input.code);
    if (other && other.id !== id) {
      throw new AppError('rep.code_taken', `rep code ${input.code} is already used`, {
        issues: [{ path: 'code', message: 'already used', code: 'already_used' }],
      });
    }
  }
  await checkExists(ctx, 'teamId', ctx.stores.teams, input.teamId, 'team');
  if (input.mentorId !== undefined && input.mentorId !== null && input.mentorId === id) {
    ctx.issues.add('mentorId', 'a rep cannot mentor themselves', 'self_reference');
  } else {
    await checkExists(ctx, 'mentorId', ctx.stores.reps, input.mentorId, 'rep');
  }
}

function requireAdminFor(ctx: WriteContext, what: string) {
  if (ctx.actor.user.role !== 'admin')
    throw new AppError('auth.forbidden', `only administrators may ${what}`);
}

export const repResource: Resource<RepRecord, RepWrite, RepInput, Partial<RepInput>> = {
  entity: 'rep',
  notFound: 'rep.not_found',
  defaultSort: 'code',
  store: (s) => s.reps,
  scopeOwner: (rep) => rep.id,
  canRead: () => true,
  canWrite: (actor) => actor.user.role !== 'rep',
  async prepareCreate(ctx, input) {
    requireAdminFor(ctx, 'add reps');
    await checkRep(ctx, null, input);
    return {
      code: input.code,
      name: input.name,
      teamId: input.teamId ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      level: input.level ?? 'regular',
      hiredOn: input.hiredOn ?? null,
      active: input.active ?? true,
      tags: input.tags ?? [],
      attrs: input.attrs ?? {},
      weight: input.weight ?? 1,
      capPerDay: input.capPerDay ?? null,
      capPerWeek: input.capPerWeek ?? null,
      capPerMonth: input.capPerMonth ?? null,
      maxOpen: input.maxOpen ?? null,
      away: input.away ?? [],
      mentorId: input.mentorId ?? null,
    };
  },
  async prepareUpdate(ctx, before, patch) {
    if (patch.teamId !== undefined && patch.teamId !== before.teamId)
      requireAdminFor(ctx, 'move reps between teams');
    await checkRep(ctx, before.id, patch);
    return definedOnly(patch);
  },
  async checkDelete(ctx, rep) {
    requireAdminFor(ctx, 'delete reps');
    await refuseIfReferenced(ctx, 'rep', rep.id, 'rep.in_use');
  },
};
