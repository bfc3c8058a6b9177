/**
 * A workspace's routing policy and the state of the reps it routes to, as the pure decision
 * needs them. The shape follows the routing spec (`allot.scenario/1`).
 */
import type { Weekday } from '../shared/calendar.ts';
import type { RepLevel } from '../shared/vocabulary.ts';
import type { Condition } from './conditions.ts';

export const DISTRIBUTION_METHODS = ['round_robin', 'weighted', 'least_loaded'] as const;
export type DistributionMethod = (typeof DISTRIBUTION_METHODS)[number];

export const COUNT_WINDOWS = ['day', 'week', 'month'] as const;
export type CountWindow = (typeof COUNT_WINDOWS)[number];

/** Where a lead goes when a rule (overflow) or the whole policy (fallback) cannot place it. */
export type Destination =
  | { readonly kind: 'next' }
  | { readonly kind: 'hold' }
  | { readonly kind: 'pool'; readonly poolId: string }
  | { readonly kind: 'rep'; readonly repId: string };

/** Reads `next`, `hold`, `pool:<id>` or `rep:<id>`; null for anything else. */
export function parseDestination(text: string): Destination | null {
  if (text === 'next' || text === 'hold') return { kind: text };
  const match = /^(pool|rep):(.+)$/.exec(text);
  if (!match) return null;
  return match[1] === 'pool'
    ? { kind: 'pool', poolId: match[2]! }
    : { kind: 'rep', repId: match[2]! };
}

export type AttributeMatch = { readonly lead: string; readonly rep: string };

/** Selectors of a rule's candidate pool; the pool is the intersection of those given. */
export type RuleTarget = {
  readonly reps?: readonly string[];
  readonly teams?: readonly string[];
  readonly levels?: readonly RepLevel[];
  readonly tags?: readonly string[];
  readonly match?: readonly AttributeMatch[];
};

export type Rule = {
  readonly id: string;
  readonly when?: Condition;
  readonly to?: RuleTarget;
  readonly method: DistributionMethod;
  readonly activeDays?: readonly Weekday[];
  readonly overflow: Destination;
};

export type RoutingPolicy = {
  readonly ownerFirst: boolean;
  readonly dedup: boolean;
  readonly countWindow: CountWindow;
  readonly rules: readonly Rule[];
  readonly fallback: Destination;
  readonly holdRetryMinutes: number;
};

/** A rep as routing sees it at one instant: profile, availability and current load. */
export type RoutingRep = {
  readonly id: string;
  readonly teamId: string | null;
  readonly level: RepLevel;
  readonly active: boolean;
  readonly tags: readonly string[];
  readonly attrs: Readonly<Record<string, string | number | readonly string[]>>;
  readonly weight: number;
  readonly caps: {
    readonly perDay: number | null;
    readonly perWeek: number | null;
    readonly perMonth: number | null;
  };
  /** The effective open-lead limit: `caps.maxOpen` and every applicable holding limit, smallest wins. */
  readonly leadLimit: number | null;
  readonly away: readonly { readonly from: Date; readonly to: Date }[];
  readonly lastAssignedAt: Date | null;
  /** Assignments to the rep (any source) in the current business day, ISO week and month. */
  readonly assigned: { readonly day: number; readonly week: number; readonly month: number };
  /** Open leads (assigned or working). */
  readonly open: number;
  /** Leads assigned by each rule in the current count window, by rule id. */
  readonly ruleCounts: Readonly<Record<string, number>>;
};
