import { describe, expect, it } from 'vitest';
import { subtreeIds, wouldCreateCycle } from './tree.ts';

const nodes = [
  { id: 'a', parentId: null },
  { id: 'b', parentId: 'a' },
  { id: 'c', parentId: 'b' },
  { id: 'd', parentId: null },
];

describe('tree', () => {
  it('collects a subtree including the root', () => {
    expect([...subtreeIds(nodes, ['b'])].sort()).toEqual(['b', 'c']);
    expect([...subtreeIds(nodes, ['a', 'd'])].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...subtreeIds(nodes, ['zz'])]).toEqual([]);
  });

  it('detects a parent that would close a loop', () => {
    expect(wouldCreateCycle(nodes, 'a', 'c')).toBe(true);
    expect(wouldCreateCycle(nodes, 'a', 'a')).toBe(true);
    expect(wouldCreateCycle(nodes, 'c', 'd')).toBe(false);
    expect(wouldCreateCycle(nodes, 'c', null)).toBe(false);
  });
});
