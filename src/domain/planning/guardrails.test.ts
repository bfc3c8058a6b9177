import { describe, expect, it } from 'vitest';
import { applyGuardrails, growthLimit } from './guardrails.ts';

const none = { lo: null, hi: null };

describe('growthLimit', () => {
  it('bounds H(1 + min) and H(1 + max) for units with history', () => {
    expect(growthLimit(400, { min: -0.1, max: 0.5 })).toEqual({ lo: 360, hi: 600 });
    expect(growthLimit(400, { min: null, max: 0.5 })).toEqual({ lo: null, hi: 600 });
  });
  it('has no bounds without history', () => {
    expect(growthLimit(0, { min: 0, max: 0.5 })).toEqual(none);
  });
});

describe('applyGuardrails', () => {
  it('clamps a violator and spreads the excess over the others by their values', () => {
    const out = applyGuardrails(
      [700, 200, 100],
      [{ lo: null, hi: 600 }, { lo: null, hi: 300 }, none],
    );
    expect(out.values[0]).toBe(600);
    expect(out.values[1]).toBeCloseTo(200 + 100 * (2 / 3), 9); // 266.67
    expect(out.values[2]).toBeCloseTo(100 + 100 / 3, 9); // 133.33
    expect(out.clamped).toEqual(['max', null, null]);
    expect(out.infeasible).toBe(false);
  });

  it('repeats until nobody is outside: a receiver pushed over its own cap is clamped too', () => {
    // Round 1: A → 600, +100 over B (280) and C (20): B 373.33, C 26.67. Round 2: B → 300, C +73.33.
    const out = applyGuardrails(
      [700, 280, 20],
      [{ lo: null, hi: 600 }, { lo: null, hi: 300 }, none],
    );
    expect(out.values[0]).toBe(600);
    expect(out.values[1]).toBe(300);
    expect(out.values[2]).toBeCloseTo(100, 9);
    expect(out.respreadDelta[1]).toBeCloseTo(93.333333, 5);
    expect(out.clampDelta[1]).toBeCloseTo(-73.333333, 5);
    expect(out.respreadDelta[2]).toBeCloseTo(80, 9);
  });

  it('raises a unit below its floor and takes the difference from the others', () => {
    const out = applyGuardrails([100, 900], [{ lo: 200, hi: null }, none]);
    expect(out.values).toEqual([200, 800]);
    expect(out.clamped).toEqual(['min', null]);
  });

  it('never pushes a free unit below 0 to pay for another unit’s floor', () => {
    const out = applyGuardrails([100, 50], [{ lo: 300, hi: null }, none]);
    expect(out.values).toEqual([300, 0]);
    expect(out.leftover).toBe(-150);
    expect(out.infeasible).toBe(true);
  });

  it('reports growth_infeasible when every unit is clamped and the sum still differs', () => {
    const out = applyGuardrails(
      [700, 300],
      [
        { lo: null, hi: 600 },
        { lo: null, hi: 300 },
      ],
    );
    expect(out.values).toEqual([600, 300]);
    expect(out.leftover).toBeCloseTo(100, 9);
    expect(out.infeasible).toBe(true);
  });
});
