import { expect, it } from 'vitest';
import { createPrng } from '../demo/prng.ts';
import { IndexedHeap } from './indexed-heap.ts';

it('pops indexes in key order, after inserts and lowered keys', () => {
  const rng = createPrng(3, 'heap');
  const size = 200;
  const key = new Float64Array(size);
  const heap = new IndexedHeap(size, key);
  for (let i = 0; i < size; i += 1) {
    key[i] = rng.int(0, 1000);
    heap.upsert(i);
  }
  for (let round = 0; round < 300; round += 1) {
    const i = rng.int(0, size - 1);
    key[i]! -= rng.int(0, 500);
    heap.upsert(i);
  }
  const popped: number[] = [];
  while (heap.size > 0) popped.push(key[heap.pop()]!);
  expect(popped).toHaveLength(size);
  expect(popped).toEqual([...popped].sort((a, b) => a - b));
});

it('can be cleared and reused', () => {
  const key = Float64Array.from([3, 1, 2]);
  const heap = new IndexedHeap(3, key);
  heap.upsert(0);
  heap.upsert(1);
  heap.clear();
  expect(heap.size).toBe(0);
  heap.upsert(2);
  heap.upsert(0);
  expect(heap.peek()).toBe(2);
  expect([heap.pop(), heap.pop()]).toEqual([2, 0]);
});
