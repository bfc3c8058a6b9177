/**
 * Opportunity stage rules: reaching `won` or `lost` stamps the time once and fixes the win
 * probability (100 / 0); reopening clears both stamps.
 */
import type { OpportunityStage } from '../shared/vocabulary.ts';

export type StageState = {
  readonly stage: OpportunityStage;
  readonly probability: number;
  readonly wonAt: Date | null;
  readonly lostAt: Date | null;
};

/** Default win probability per stage, used when none is given. */
export const STAGE_PROBABILITY: Readonly<Record<OpportunityStage, number>> = {
  qualify: 10,
  needs: 30,
  proposal: 50,
  negotiation: 75,
  won: 100,
  lost: 0,
};

export function nextStageState(
  before: StageState | null,
  change: { stage?: OpportunityStage; probability?: number },
  now: Date,
): StageState {
  const stage = change.stage ?? before?.stage ?? 'qualify';
  const stageChanged = before === null || stage !== before.stage;
  let probability =
    change.probability ??
    (stageChanged ? STAGE_PROBABILITY[stage] : (before?.probability ?? STAGE_PROBABILITY[stage]));
  if (stage === 'won') probability = 100;
  if (stage === 'lost') probability = 0;
  return {
    stage,
    probability,
    wonAt: stage === 'won' ? (before?.stage === 'won' ? before.wonAt : now) : null,
    lostAt: stage === 'lost' ? (before?.stage === 'lost' ? before.lostAt : now) : null,
  };
}
