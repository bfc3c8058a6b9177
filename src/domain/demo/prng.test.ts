import { describe, expect, it } from 'vitest';
import { createPrng, weightedPicker } from './prng.ts';

const draw = (seed: number, stream = '') => {
  const rng = createPrng(seed, stream);
  return Array.from({ length: 8 }, () => rng.next());
};

describe('createPrng', () => {
  it('repeats its sequence for the same seed and stream, and differs otherwise', () => {
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42, 'leads')).not.toEqual(draw(42, 'accounts'));
    expect(draw(2 ** 40 + 1)).not.toEqual(draw(1));
  });

  it('keeps int() within both bounds and reaches each of them', () => {
    const rng = createPrng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = rng.int(3, 6);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('draws uuid-v4-shaped ids that repeat with the seed', () => {
    const a = createPrng(9);
    const b = createPrng(9);
    const ids = Array.from({ length: 500 }, () => a.uuid());
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(ids).size).toBe(500);
    expect(Array.from({ length: 500 }, () => b.uuid())).toEqual(ids);
  });

  it('picks by weight, never a zero-weight item, and shuffles without losing items', () => {
    const rng = createPrng(11);
    const pick = weightedPicker([
      ['a', 3],
      ['b', 1],
      ['never', 0],
    ] as const);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 4000; i++) {
      counts[pick(rng)]++;
      counts[
        rng.weighted([
          ['a', 3],
          ['b', 1],
          ['never', 0],
        ] as const)
      ]++;
    }
    expect(counts.never).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(() => rng.pick([])).toThrow(RangeError);
  });
});
