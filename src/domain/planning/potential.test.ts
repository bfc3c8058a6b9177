import { describe, expect, it } from 'vitest';
import { potentialIndex } from './potential.ts';

describe('potentialIndex', () => {
  it('weighs each factor against its mean over the units', () => {
    // means: customers 100, competition 0.4.
    const { values, notPositive } = potentialIndex(
      [
        { customers: 120, competition: 0.3 },
        { customers: 60, competition: 0.1 },
        { customers: 120, competition: 0.8 },
      ],
      { customers: 0.6, competition: -0.2 },
    );
    expect(values[0]).toBeCloseTo(0.6 * 1.2 - 0.2 * 0.75, 12); // 0.57
    expect(values[1]).toBeCloseTo(0.6 * 0.6 - 0.2 * 0.25, 12); // 0.31
    expect(values[2]).toBeCloseTo(0.6 * 1.2 - 0.2 * 2, 12); // 0.32
    expect(notPositive).toEqual([]);
  });

  it('sets an index ≤ 0 to 0 and reports the unit', () => {
    // means 2 and 2: A = 0.5 − 1.5 = −1 → 0; B = 1.5 − 0.5 = 1.
    const result = potentialIndex(
      [
        { customers: 1, competition: 3 },
        { customers: 3, competition: 1 },
      ],
      { customers: 1, competition: -1 },
    );
    expect(result.values).toEqual([0, 1]);
    expect(result.notPositive).toEqual([0]);
  });

  it('keeps numbers as they are, counts a missing potential 0 and a missing factor 0', () => {
    const result = potentialIndex([50, null, undefined, { customers: 10 }, { brand: 1 }], {
      customers: 1,
      brand: 1,
    });
    // customers mean over the two factor units = 5, brand mean = 0.5.
    expect(result.values).toEqual([50, 0, 0, 2, 2]);
    expect(result.any).toBe(true);
  });

  it('leaves out a factor whose mean is 0', () => {
    const result = potentialIndex([{ customers: 2, brand: 0 }, { customers: 6 }], {
      customers: 1,
      brand: 1,
    });
    expect(result.zeroMeanFactors).toEqual(['brand']);
    expect(result.values).toEqual([0.5, 1.5]);
  });

  it('says when no unit has a potential', () => {
    expect(potentialIndex([null, undefined], {}).any).toBe(false);
  });
});
