/**
 * A routing policy as people write it (JSON, the scenario's `routing` object: destinations as
 * `pool:<id>` text, defaults left out) and its reading into the policy decide() runs.
 */
import type { Weekday } from '../shared/calendar.ts';
import type { RepLevel } from '../shared/vocabulary.ts';
import type { Condition } from './conditions.ts';
import {
  type CountWindow,
  type Destination,
  type DistributionMethod,
  parseDestination,
  type RoutingPolicy,
} from './policy.ts';

export type RuleDocument = {
  readonly id: string;
  readonly when?: Condition | undefined;
  readonly to?:
    | {
        readonly reps?: readonly string[] | undefined;
        readonly teams?: readonly string[] | undefined;
        readonly levels?: readonly RepLevel[] | undefined;
        readonly tags?: readonly string[] | undefined;
        readonly match?: readonly { readonly lead: string; readonly rep: string }[] | undefined;
      }
    | undefined;
  readonly method: DistributionMethod;
  readonly activeDays?: readonly Weekday[] | undefined;
  readonly overflow?: string | undefined;
};

export type PolicyDocument = {
  readonly ownerFirst?: boolean | undefined;
  readonly dedup?: boolean | undefined;
  readonly countWindow?: CountWindow | undefined;
  readonly rules?: readonly RuleDocument[] | undefined;
  readonly fallback?: string | undefined;
  readonly holdRetryMinutes?: number | undefined;
  readonly sla?: { readonly firstTouchMinutes: number; readonly action: string } | undefined;
};

export type SlaAction =
  | { readonly kind: 'reassign' }
  | { readonly kind: 'notify' }
  | { readonly kind: 'pool'; readonly poolId: string };

export type SlaPolicy = { readonly firstTouchMinutes: number; readonly action: SlaAction };

/** The spec's defaults: owner first and dedup on, monthly counts, hold, retry hourly. */
export const POLICY_DEFAULTS = {
  ownerFirst: true,
  dedup: true,
  countWindow: 'month',
  fallback: 'hold',
  holdRetryMinutes: 60,
  overflow: 'next',
} as const;

function destination(text: string): Destination {
  const parsed = parseDestination(text);
  if (parsed === null) throw new Error(`not a destination: ${text}`);
  return parsed;
}

function slaAction(text: string): SlaAction {
  if (text === 'reassign' || text === 'notify') return { kind: text };
  return { kind: 'pool', poolId: text.slice('pool:'.length) };
}

/** Reads a document whose shape is already checked (destinations are well-formed text). */
export function policyFromDocument(
  doc: PolicyDocument,
): RoutingPolicy & { readonly sla: SlaPolicy | null } {
  return {
    ownerFirst: doc.ownerFirst ?? POLICY_DEFAULTS.ownerFirst,
    dedup: doc.dedup ?? POLICY_DEFAULTS.dedup,
    countWindow: doc.countWindow ?? POLICY_DEFAULTS.countWindow,
    holdRetryMinutes: doc.holdRetryMinutes ?? POLICY_DEFAULTS.holdRetryMinutes,
    fallback: destination(doc.fallback ?? POLICY_DEFAULTS.fallback),
    rules: (doc.rules ?? []).map((r) => ({
      id: r.id,
      method: r.method,
      overflow: destination(r.overflow ?? POLICY_DEFAULTS.overflow),
      ...(r.when ? { when: r.when } : {}),
      ...(r.activeDays ? { activeDays: r.activeDays } : {}),
      ...(r.to
        ? {
            to: Object.fromEntries(Object.entries(r.to).filter(([, v]) => v !== undefined)),
          }
        : {}),
    })),
    sla: doc.sla
      ? { firstTouchMinutes: doc.sla.firstTouchMinutes, action: slaAction(doc.sla.action) }
      : null,
  };
}
