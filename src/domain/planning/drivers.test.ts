import { describe, expect, it } from 'vitest';
import { blendShares, driverShares, normalisedWeights } from './drivers.ts';

describe('driver shares', () => {
  it('even gives everyone 1/n', () => {
    expect(driverShares('even', [0, 5, 9, 0])).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('history, potential and pipeline share by input over the sum; a missing input counts 0', () => {
    expect(driverShares('history', [400, 200, 200, 0])).toEqual([0.5, 0.25, 0.25, 0]);
    expect(driverShares('pipeline', [300, 0])).toEqual([1, 0]);
  });

  it('refuses a driver whose inputs sum to 0', () => {
    expect(driverShares('potential', [0, 0])).toBeNull();
    expect(driverShares('even', [])).toBeNull();
  });

  it('normalises the weights to sum 1 and leaves out drivers of weight 0', () => {
    expect(
      normalisedWeights([
        { driver: 'potential', weight: 2 },
        { driver: 'history', weight: 0 },
        { driver: 'even', weight: 2 },
      ]),
    ).toEqual([
      { driver: 'potential', weight: 0.5, index: 0 },
      { driver: 'even', weight: 0.5, index: 2 },
    ]);
  });

  it('blends: s_i = Σ w_k · share_k,i', () => {
    const blended = blendShares(
      [
        { driver: 'potential', weight: 0.5, shares: [0.5, 0.3, 0.2] },
        { driver: 'history', weight: 0.5, shares: [4 / 9, 2 / 9, 3 / 9] },
      ],
      3,
    );
    expect(blended[0]).toBeCloseTo(0.472222, 6);
    expect(blended[1]).toBeCloseTo(0.261111, 6);
    expect(blended[2]).toBeCloseTo(0.266667, 6);
  });
});
