import { describe, expect, it } from 'vitest';
import { applyRamp, rampFactor, wholeMonthsBetween } from './ramp.ts';

describe('whole months since hire', () => {
  it.each([
    ['2025-11-15', '2026-01-01', 1],
    ['2025-11-01', '2026-01-01', 2],
    ['2025-12-31', '2026-01-01', 0],
    ['2018-05-01', '2026-01-01', 92],
    ['2026-03-01', '2026-01-01', 0],
  ])('%s → %s is %s', (from, to, months) => {
    expect(wholeMonthsBetween(from, to)).toBe(months);
  });
});

describe('rampFactor', () => {
  const curve = [0.25, 0.5, 0.75, 1];
  it('takes the unit’s own factor first', () => {
    expect(rampFactor({ ramp: 0.6, hiredOn: '2025-12-01' }, '2026-01-01', curve).factor).toBe(0.6);
  });
  it('reads the curve by whole months, the last value for longer', () => {
    expect(rampFactor({ hiredOn: '2025-11-15' }, '2026-01-01', curve)).toEqual({
      factor: 0.5,
      source: { kind: 'curve', months: 1 },
    });
    expect(rampFactor({ hiredOn: '2018-05-01' }, '2026-01-01', curve).factor).toBe(1);
    expect(rampFactor({ hiredOn: '2026-02-01' }, '2026-01-01', curve).factor).toBe(0.25);
  });
  it('is 1 without a factor or hire date', () => {
    expect(rampFactor({ ramp: null }, '2026-01-01', curve).factor).toBe(1);
  });
});

describe('applyRamp', () => {
  const shares = [0.5, 0.3, 0.2];
  const ramps = [1, 0.5, 1];

  it('normalize: Q_i = T · s_i r_i / Σ s_j r_j', () => {
    const out = applyRamp('normalize', 1000, shares, ramps);
    // Σ s r = 0.5 + 0.15 + 0.2 = 0.85
    expect(out.values[0]).toBeCloseTo(500 / 0.85, 9);
    expect(out.values[1]).toBeCloseTo(150 / 0.85, 9);
    expect(out.values[2]).toBeCloseTo(200 / 0.85, 9);
    expect(out.rampDelta[1]).toBeCloseTo(150 / 0.85 - 300, 9);
    expect(out.unassigned).toBe(0);
  });

  it('protect: the new hire gets T · s · r, the gap goes to the ramped units by share', () => {
    const out = applyRamp('protect', 1000, shares, ramps);
    expect(out.values[1]).toBeCloseTo(150, 9);
    expect(out.values[0]).toBeCloseTo(500 + (150 * 0.5) / 0.7, 9); // 607.142857
    expect(out.values[2]).toBeCloseTo(200 + (150 * 0.2) / 0.7, 9); // 242.857143
    expect(out.gapDelta[0]).toBeCloseTo(107.142857, 6);
    expect(out.unassigned).toBe(0);
  });

  it('protect_hold: the gap stays unassigned', () => {
    const out = applyRamp('protect_hold', 1000, shares, ramps);
    expect(out.values).toEqual([500, 150, 200]);
    expect(out.unassigned).toBe(150);
    expect(out.gapUncarried).toBe(false);
  });

  it('protect with nobody fully ramped leaves the gap unassigned and says so', () => {
    const out = applyRamp('protect', 1000, [0.5, 0.5], [0.5, 0.5]);
    expect(out.values).toEqual([250, 250]);
    expect(out.unassigned).toBe(500);
    expect(out.gapUncarried).toBe(true);
  });

  it('changes nothing when nobody ramps', () => {
    const out = applyRamp('normalize', 1000, shares, [1, 1, 1]);
    expect(out.values).toEqual([500, 300, 200]);
    expect(out.anyRamping).toBe(false);
  });
});
