import { describe, expect, it } from 'vitest';
import { canSeeOwner, type Org, resolveDataScope, type ScopeSubject } from './data-scope.ts';

// 华东 (east) ⊃ 上海 (sh) ⊃ 浦东 (pd); 华南 (south) separate.
const org: Org = {
  teams: [
    { id: 'east', parentId: null, managerUserId: 'u-boss' },
    { id: 'sh', parentId: 'east', managerUserId: 'u-sh' },
    { id: 'pd', parentId: 'sh', managerUserId: null },
    { id: 'south', parentId: null, managerUserId: null },
  ],
  reps: [
    { id: 'r-east', teamId: 'east' },
    { id: 'r-sh', teamId: 'sh' },
    { id: 'r-pd', teamId: 'pd' },
    { id: 'r-south', teamId: 'south' },
    { id: 'r-none', teamId: null },
  ],
};
const subject = (over: Partial<ScopeSubject>): ScopeSubject => ({
  dataScope: 'self',
  userId: 'u-sh',
  repId: 'r-sh',
  teamId: 'sh',
  ...over,
});
const sorted = (v: ReturnType<typeof resolveDataScope>) => (v === 'all' ? v : [...v].sort());

describe('resolveDataScope', () => {
  it.each([
    ['self', ['r-sh']],
    ['team', ['r-sh']],
    ['team_and_subteams', ['r-pd', 'r-sh']],
    ['self_and_subordinates', ['r-pd', 'r-sh']],
    ['all', 'all'],
  ] as const)('scope %s sees %j', (dataScope, expected) => {
    expect(sorted(resolveDataScope(subject({ dataScope }), org))).toEqual(expected);
  });

  it('a region manager with team_and_subteams sees the whole region and nothing of another', () => {
    const v = resolveDataScope(
      subject({ dataScope: 'team_and_subteams', userId: 'u-boss', repId: null, teamId: 'east' }),
      org,
    );
    expect(sorted(v)).toEqual(['r-east', 'r-pd', 'r-sh']);
  });

  it('self_and_subordinates follows the teams the user manages, not the team they sit in', () => {
    const v = resolveDataScope(
      subject({
        dataScope: 'self_and_subordinates',
        userId: 'u-boss',
        repId: 'r-south',
        teamId: 'south',
      }),
      org,
    );
    expect(sorted(v)).toEqual(['r-east', 'r-pd', 'r-sh', 'r-south']);
  });

  it('a user with no rep and no team sees nothing under a narrow scope', () => {
    expect(
      sorted(resolveDataScope(subject({ repId: null, teamId: null, dataScope: 'team' }), org)),
    ).toEqual([]);
  });
});

describe('canSeeOwner', () => {
  it('unowned records are visible only with scope all', () => {
    expect(canSeeOwner('all', null)).toBe(true);
    expect(canSeeOwner(new Set(['r-sh']), null)).toBe(false);
    expect(canSeeOwner(new Set(['r-sh']), 'r-sh')).toBe(true);
    expect(canSeeOwner(new Set(['r-sh']), 'r-pd')).toBe(false);
  });
});
