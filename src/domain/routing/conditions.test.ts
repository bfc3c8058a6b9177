import { describe, expect, it } from 'vitest';
import { type Condition, evaluateCondition, valueAt } from './conditions.ts';

const lead = {
  region: '上海',
  score: 80,
  tags: ['vip', 'en'],
  company: '上海某某科技有限公司',
  custom: { budget: 500000, channel: '官网' },
  owner: null,
};

const match = (c: Condition | undefined) => evaluateCondition(c, lead).matched;

describe('evaluateCondition', () => {
  it('an absent condition always matches', () => {
    expect(match(undefined)).toBe(true);
  });

  it.each([
    [{ field: 'region', op: 'eq', value: '上海' }, true],
    [{ field: 'region', op: 'ne', value: '上海' }, false],
    [{ field: 'region', op: 'in', value: ['北京', '上海'] }, true],
    [{ field: 'region', op: 'nin', value: ['北京', '上海'] }, false],
    [{ field: 'score', op: 'gt', value: 80 }, false],
    [{ field: 'score', op: 'gte', value: 80 }, true],
    [{ field: 'score', op: 'lt', value: 81 }, true],
    [{ field: 'score', op: 'lte', value: 79 }, false],
    [{ field: 'company', op: 'contains', value: '科技' }, true],
    [{ field: 'tags', op: 'contains', value: 'vip' }, true],
    [{ field: 'tags', op: 'contains', value: 'cn' }, false],
    [{ field: 'custom.budget', op: 'gte', value: 100000 }, true],
    [{ field: 'custom.channel', op: 'eq', value: '官网' }, true],
    [{ field: 'region', op: 'exists', value: true }, true],
  ] as const)('%j → %s', (c, expected) => expect(match(c)).toBe(expected));

  it.each([
    [{ field: 'industry', op: 'eq', value: '制造' }, false],
    [{ field: 'industry', op: 'in', value: ['制造'] }, false],
    [{ field: 'industry', op: 'gt', value: 1 }, false],
    [{ field: 'industry', op: 'contains', value: 'x' }, false],
    [{ field: 'industry', op: 'ne', value: '制造' }, true],
    [{ field: 'industry', op: 'nin', value: ['制造'] }, true],
    [{ field: 'industry', op: 'exists', value: false }, true],
    [{ field: 'owner', op: 'exists', value: false }, true],
    [{ field: 'custom.missing.deeper', op: 'eq', value: 1 }, false],
  ] as const)('a missing field: %j → %s', (c, expected) => expect(match(c)).toBe(expected));

  it('combines all, any and not', () => {
    const c: Condition = {
      all: [
        { field: 'region', op: 'eq', value: '上海' },
        {
          any: [
            { field: 'score', op: 'gte', value: 90 },
            { field: 'tags', op: 'contains', value: 'vip' },
          ],
        },
        { not: { field: 'custom.channel', op: 'eq', value: '展会' } },
      ],
    };
    expect(match(c)).toBe(true);
    expect(match({ not: c })).toBe(false);
  });

  it('a comparison that cannot be made is false and warns, naming field and operator', () => {
    const result = evaluateCondition({ field: 'region', op: 'gt', value: 3 }, lead);
    expect(result).toEqual({
      matched: false,
      warnings: [{ code: 'not_comparable', field: 'region', op: 'gt' }],
    });
    const inside = evaluateCondition(
      {
        any: [
          { field: 'score', op: 'gt', value: '60' },
          { field: 'score', op: 'gt', value: 1 },
        ],
      },
      lead,
    );
    expect(inside.matched).toBe(true);
    expect(inside.warnings).toHaveLength(1);
  });
});

describe('valueAt', () => {
  it('follows dotted paths and stops at missing steps', () => {
    expect(valueAt(lead, 'custom.budget')).toBe(500000);
    expect(valueAt(lead, 'region.x')).toBeUndefined();
    expect(valueAt(lead, 'nothing.at.all')).toBeUndefined();
  });
});
