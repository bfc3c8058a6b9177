import { describe, expect, it } from 'vitest';
import type { Team } from '../../../../src/contracts/org.ts';
import { buildTeamTree } from './team-tree-data.ts';

const aTeam = (id: string, name: string, parentId: string | null = null): Team => ({
  id,
  name,
  parentId,
  managerUserId: null,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
});

const titles = (nodes: ReturnType<typeof buildTeamTree>): unknown =>
  nodes.map((n) => (n.children.length ? { [n.title]: titles(n.children) } : n.title));

describe('buildTeamTree', () => {
  it('nests teams under their parent, siblings sorted by name', () => {
    const tree = buildTeamTree(
      [aTeam('2', 'South', '1'), aTeam('1', 'Sales'), aTeam('3', 'East', '1'), aTeam('4', 'Ops')],
      new Intl.Collator('en'),
    );
    expect(titles(tree)).toEqual(['Ops', { Sales: ['East', 'South'] }]);
  });

  it('shows a team whose parent is not visible as a root', () => {
    const tree = buildTeamTree([aTeam('2', 'South', 'hidden')]);
    expect(titles(tree)).toEqual(['South']);
  });
});
