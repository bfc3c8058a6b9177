import { describe, expect, it } from 'vitest';
import { policyFromDocument } from './policy-document.ts';

describe('policyFromDocument', () => {
  it('fills the spec defaults', () => {
    expect(policyFromDocument({ rules: [{ id: 'R1', method: 'round_robin' }] })).toEqual({
      ownerFirst: true,
      dedup: true,
      countWindow: 'month',
      holdRetryMinutes: 60,
      fallback: { kind: 'hold' },
      rules: [{ id: 'R1', method: 'round_robin', overflow: { kind: 'next' } }],
      sla: null,
    });
  });

  it('reads destinations and the SLA action', () => {
    const policy = policyFromDocument({
      fallback: 'pool:sea',
      rules: [{ id: 'R1', method: 'weighted', overflow: 'rep:A', to: { teams: ['east'] } }],
      sla: { firstTouchMinutes: 120, action: 'pool:leads' },
    });
    expect(policy.fallback).toEqual({ kind: 'pool', poolId: 'sea' });
    expect(policy.rules[0]).toMatchObject({
      overflow: { kind: 'rep', repId: 'A' },
      to: { teams: ['east'] },
    });
    expect(policy.sla).toEqual({
      firstTouchMinutes: 120,
      action: { kind: 'pool', poolId: 'leads' },
    });
  });
});
