/**
 * 数据权限 — which owners' records a user may see. The scope resolves to the set of rep ids whose
 * records are visible, or `all`. Records without an owner are visible only with scope `all`.
 */
import { subtreeIds, type TreeNode } from '../shared/tree.ts';
import type { DataScope } from '../shared/vocabulary.ts';

export type ScopeSubject = {
  readonly dataScope: DataScope;
  readonly userId: string;
  readonly repId: string | null;
  /** The user's own department: the user's team, else the linked rep's team. */
  readonly teamId: string | null;
};

export type Org = {
  readonly teams: readonly (TreeNode & { readonly managerUserId: string | null })[];
  readonly reps: readonly { readonly id: string; readonly teamId: string | null }[];
};

export type VisibleReps = 'all' | ReadonlySet<string>;

export function resolveDataScope(subject: ScopeSubject, org: Org): VisibleReps {
  const self = subject.repId === null ? [] : [subject.repId];
  const repsInTeams = (teamIds: Set<string>) =>
    org.reps.filter((r) => r.teamId !== null && teamIds.has(r.teamId)).map((r) => r.id);
  const ownTeam = subject.teamId === null ? [] : [subject.teamId];
  switch (subject.dataScope) {
    case 'all':
      return 'all';
    case 'self':
      return new Set(self);
    case 'self_and_subordinates': {
      const managed = org.teams.filter((t) => t.managerUserId === subject.userId).map((t) => t.id);
      return new Set([...self, ...repsInTeams(subtreeIds(org.teams, managed))]);
    }
    case 'team':
      return new Set([...self, ...repsInTeams(new Set(ownTeam))]);
    case 'team_and_subteams':
      return new Set([...self, ...repsInTeams(subtreeIds(org.teams, ownTeam))]);
    default: {
      const never: never = subject.dataScope;
      throw new Error(`unknown data scope ${String(never)}`);
    }
  }
}

/** Whether a record owned by `ownerRepId` (null = unowned) is inside the visible set. */
export function canSeeOwner(visible: VisibleReps, ownerRepId: string | null): boolean {
  if (visible === 'all') return true;
  return ownerRepId !== null && visible.has(ownerRepId);
}
