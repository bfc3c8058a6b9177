/** Builds the team (部门/团队) tree from flat rows linked by `parentId`. */
import type { Team } from '../../../../src/contracts/org.ts';

export type TeamNode = { key: string; title: string; value: string; children: TeamNode[] };

/**
 * Roots are teams without a parent or whose parent is not in the list (outside the caller's
 * scope). Siblings are sorted by name; a cycle in bad data cannot loop forever.
 */
export const buildTeamTree = (teams: readonly Team[], collator = new Intl.Collator('zh-CN')) => {
  const ids = new Set(teams.map((team) => team.id));
  const childrenOf = new Map<string | null, Team[]>();
  for (const team of teams) {
    const parent = team.parentId && ids.has(team.parentId) ? team.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(team);
    childrenOf.set(parent, list);
  }
  const seen = new Set<string>();
  const build = (parent: string | null): TeamNode[] =>
    (childrenOf.get(parent) ?? [])
      .filter((team) => !seen.has(team.id))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((team) => {
        seen.add(team.id);
        return { key: team.id, value: team.id, title: team.name, children: build(team.id) };
      });
  return build(null);
};
