/**
 * The routing decision and its trace, persisted as versioned JSON. Human text comes from
 * `renderExplanation`, so wording can change without touching stored decisions.
 */
import type { RejectionCode } from './candidate-pool.ts';
import type { ConditionWarning } from './conditions.ts';
import type { DistributionMethod } from './policy.ts';

export const DECISION_VERSION = 1;

export type MatchKey = 'email' | 'phone' | 'domain' | 'company';

export type CandidateStatus =
  | { readonly repId: string; readonly status: 'chosen' | 'eligible' }
  | { readonly repId: string; readonly status: 'rejected'; readonly code: RejectionCode };

/** Why a rule tried before the decision did not assign. */
export type RuleAttempt = {
  readonly ruleId: string;
  readonly result: 'no_match' | 'inactive_day' | 'no_eligible';
};

export type MatchedRecord = { readonly kind: 'account' | 'lead'; readonly id: string };

/** The owner of a matching record was passed over, and rules decided instead. */
export type OwnerSkipped = {
  readonly repId: string;
  readonly reason: 'away' | 'inactive';
  readonly record: MatchedRecord;
  readonly matchedBy: MatchKey;
};

/** How a lead got its owner; `manual` = given by hand (an owner change). */
export type AssignMethod =
  | DistributionMethod
  | 'owner'
  | 'fallback'
  | 'overflow'
  | 'manual'
  | 'optimal';

/** Why batch optimisation chose this rep: the expected value and the batch it was part of. */
export type OptimalChoice = {
  readonly value: number;
  readonly leadValue: number;
  readonly winRate: number;
  readonly batch: { readonly leads: number; readonly total: number; readonly greedyTotal: number };
};

type Trace = {
  readonly version: typeof DECISION_VERSION;
  /** Pool members of the deciding rule (or of the last rule whose condition matched), in pool order. */
  readonly candidates: readonly CandidateStatus[];
  /** Rules tried before the decision, with why each did not assign. */
  readonly rules: readonly RuleAttempt[];
  readonly ownerSkipped?: OwnerSkipped;
  readonly warnings: readonly (ConditionWarning & { readonly ruleId: string })[];
};

export type RoutingDecision =
  | {
      readonly version: typeof DECISION_VERSION;
      readonly outcome: 'duplicate';
      readonly of: string;
      readonly matchedBy: MatchKey;
      /** The duplicate's owner, who is told. */
      readonly notify: string | null;
    }
  | (Trace & {
      readonly outcome: 'assigned';
      readonly repId: string;
      readonly ruleId: string | null;
      readonly method: AssignMethod;
      /** For owner-first: the record whose owner took the lead. */
      readonly matched?: { readonly record: MatchedRecord; readonly matchedBy: MatchKey };
      /** For batch optimisation (`method: optimal`). */
      readonly optimal?: OptimalChoice;
    })
  | (Trace & {
      readonly outcome: 'held';
      readonly via: 'overflow' | 'fallback';
      readonly ruleId: string | null;
    })
  | (Trace & {
      readonly outcome: 'pooled';
      readonly poolId: string;
      readonly via: 'overflow' | 'fallback';
      readonly ruleId: string | null;
    });
