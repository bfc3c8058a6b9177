import { describe, expect, it } from 'vitest';
import { aPolicy, aRule } from './routing-fixtures.test-support.ts';
import { validatePolicy } from './validate-policy.ts';

const refs = { repIds: new Set(['A', 'B']), teamIds: new Set(['east']), poolIds: new Set(['sea']) };

describe('validatePolicy', () => {
  it('accepts a policy whose references all exist', () => {
    const policy = aPolicy(
      [aRule({ to: { teams: ['east'], reps: ['A'] }, overflow: { kind: 'pool', poolId: 'sea' } })],
      {
        fallback: { kind: 'rep', repId: 'B' },
      },
    );
    expect(validatePolicy(policy, refs)).toEqual([]);
  });

  it('lists every problem with its place', () => {
    const policy = aPolicy(
      [
        aRule({
          id: 'R1',
          when: {
            all: [
              { field: 'score', op: 'gt', value: '60' },
              { not: { field: 'region', op: 'in', value: '上海' } },
            ],
          },
          to: { teams: ['west'], reps: ['Z'] },
          overflow: { kind: 'pool', poolId: 'lake' },
        }),
        aRule({ id: 'R1', to: { tags: [] } }),
      ],
      { fallback: { kind: 'rep', repId: 'Q' } },
    );
    expect(validatePolicy(policy, refs).map((p) => [p.path, p.code])).toEqual([
      ['rules[0].when.all[0].value', 'operator_mismatch'],
      ['rules[0].when.all[1].not.value', 'operator_mismatch'],
      ['rules[0].to.reps[0]', 'unknown_rep'],
      ['rules[0].to.teams[0]', 'unknown_team'],
      ['rules[0].overflow', 'unknown_pool'],
      ['rules[1].id', 'duplicate_rule_id'],
      ['rules[1].to.tags', 'empty_pool'],
      ['fallback', 'unknown_rep'],
    ]);
  });
});
