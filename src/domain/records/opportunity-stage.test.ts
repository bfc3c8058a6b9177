import { describe, expect, it } from 'vitest';
import { nextStageState } from './opportunity-stage.ts';

const now = new Date('2026-03-02T01:00:00Z');
const later = new Date('2026-03-05T01:00:00Z');

describe('nextStageState', () => {
  it('a new opportunity takes the default probability of its stage', () => {
    expect(nextStageState(null, { stage: 'proposal' }, now)).toEqual({
      stage: 'proposal',
      probability: 50,
      wonAt: null,
      lostAt: null,
    });
  });

  it('winning stamps the time once and fixes the probability at 100', () => {
    const won = nextStageState(null, { stage: 'won', probability: 40 }, now);
    expect(won).toEqual({ stage: 'won', probability: 100, wonAt: now, lostAt: null });
    expect(nextStageState(won, {}, later).wonAt).toBe(now);
  });

  it('reopening a lost opportunity clears the stamp', () => {
    const lost = nextStageState(null, { stage: 'lost' }, now);
    expect(nextStageState(lost, { stage: 'negotiation' }, later)).toEqual({
      stage: 'negotiation',
      probability: 75,
      wonAt: null,
      lostAt: null,
    });
  });

  it('keeps a hand-set probability while the stage stays', () => {
    const s = nextStageState(null, { stage: 'needs', probability: 45 }, now);
    expect(nextStageState(s, {}, later).probability).toBe(45);
  });
});
