import { describe, expect, it } from 'vitest';
import { diffRecords, showValue } from './audit-diff.ts';

describe('diffRecords', () => {
  it('lists only the keys whose value changed, old → new', () => {
    const before = {
      name: '华东一组',
      capPerDay: 5,
      tags: ['a'],
      same: 1,
      updatedAt: '2025-01-01',
    };
    const after = {
      name: '华东一部',
      capPerDay: null,
      tags: ['a'],
      same: 1,
      weight: 2,
      updatedAt: 'x',
    };
    expect(diffRecords(before, after)).toEqual([
      { key: 'capPerDay', before: 5, after: null },
      { key: 'name', before: '华东一组', after: '华东一部' },
      { key: 'weight', before: undefined, after: 2 },
    ]);
  });

  it('treats a missing side (create, delete) as empty', () => {
    expect(diffRecords(null, { a: 1 })).toEqual([{ key: 'a', before: undefined, after: 1 }]);
    expect(diffRecords({ a: 1 }, null)).toEqual([{ key: 'a', before: 1, after: undefined }]);
  });

  it('shows values compactly', () => {
    expect(showValue(undefined)).toBe('—');
    expect(showValue('x')).toBe('x');
    expect(showValue({ a: [1] })).toBe('{"a":[1]}');
  });
});
