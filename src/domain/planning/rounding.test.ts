import { describe, expect, it } from 'vitest';
import { createPrng } from '../demo/prng.ts';
import { decimalsOf, largestRemainder, stepsOf } from './rounding.ts';

describe('precision steps', () => {
  it.each([
    [0.01, 2],
    [0.05, 2],
    [0.001, 3],
    [1, 0],
    [1000, 0],
  ])('precision %s has %s decimals', (precision, decimals) => {
    expect(decimalsOf(precision)).toBe(decimals);
  });

  it('turns whole steps back into exact decimals, without float noise', () => {
    const cents = stepsOf(0.01);
    expect(cents.fromSteps(1111)).toBe(11.11);
    expect(cents.fromSteps(30)).toBe(0.3);
    expect(cents.nearest(0.1 + 0.2)).toBe(30);
    expect(cents.isWhole(0.1 + 0.2)).toBe(true);
    expect(cents.isWhole(0.005)).toBe(false);
    expect(stepsOf(0.05).fromSteps(3)).toBe(0.15);
    expect(stepsOf(1000).fromSteps(7)).toBe(7000);
  });
});

describe('largestRemainder', () => {
  it('gives the missing steps to the largest remainders', () => {
    // 6 × [0.2, 0.25, 0.25, 0.3] = [1.2, 1.5, 1.5, 1.8]: floors sum 4, two steps missing.
    expect(largestRemainder([1.2, 1.5, 1.5, 1.8], 6)).toEqual([1, 2, 1, 2]);
  });

  it('breaks ties in favour of the earlier item, whatever the float noise', () => {
    const third = 10000 / 3;
    expect(largestRemainder([third, 10000 - 2 * third, third], 10000)).toEqual([3334, 3333, 3333]);
  });

  it('keeps an item within its upper bound and gives the step to the next remainder', () => {
    // floors [2, 2, 4]; remainders .6 .6 .8 → item 2, then item 0 — but 0 may not pass 2.
    expect(largestRemainder([2.6, 2.6, 4.8], 10, { lo: [-1, -1, -1], hi: [2, 3, 5] })).toEqual([
      2, 3, 5,
    ]);
  });

  it('lifts an item below its lower bound first', () => {
    // floors [2, 3, 4]; item 0 must reach 3 although item 2 has the larger remainder.
    expect(
      largestRemainder([2.9, 3.05, 4.05], 10, { lo: [3, -Infinity, -Infinity], hi: [9, 9, 9] }),
    ).toEqual([3, 3, 4]);
  });

  it('raises an item to its lower bound even when the floors already make the total', () => {
    // floors [2, 3, 3] = 8; item 0 is raised to 3; the last step goes to the largest remainder.
    expect(largestRemainder([2.9, 3.6, 3.5], 10, { lo: [3, 0, 0], hi: [9, 9, 9] })).toEqual([
      3, 4, 3,
    ]);
    // floors [2, 8] = 10 already; raising item 0 to 3 takes a step back from item 1.
    expect(largestRemainder([2.5, 8.5], 10, { lo: [3, 0], hi: [9, 9] })).toEqual([3, 7]);
  });

  it('takes surplus steps back from the smallest remainders, later item first', () => {
    expect(largestRemainder([2, 2], 3)).toEqual([2, 1]);
    expect(largestRemainder([1.2, 1.4], 1)).toEqual([0, 1]);
  });

  it('always sums exactly to the total (seeded random cases)', () => {
    const rng = createPrng(11, 'rounding');
    for (let round = 0; round < 300; round += 1) {
      const n = rng.int(1, 40);
      const weights = Array.from({ length: n }, () => rng.float(0, 10));
      const sum = weights.reduce((a, b) => a + b, 0) || 1;
      const total = rng.int(0, 1_000_000);
      const parts = largestRemainder(
        weights.map((w) => (w / sum) * total),
        total,
      );
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      parts.forEach((p, i) => {
        expect(Math.abs(p - (weights[i]! / sum) * total)).toBeLessThan(1 + 1e-6);
      });
    }
  });
});
