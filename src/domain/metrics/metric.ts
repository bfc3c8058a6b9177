/**
 * A metric of the workspace's catalogue: what it is called, how it is shown, whether more is
 * better, and the counting rule that says exactly what counts towards it.
 */
import type {
  AccountScoreField,
  ActivityKind,
  CountingRuleKind,
  MetricDirection,
  MetricKind,
} from '../shared/vocabulary.ts';

/**
 * What counts, by rule:
 * - `won_amount`: the amount of opportunities won in the period (by won date), optionally of one
 *   product; credited to the opportunity's owner.
 * - `first_won_accounts`: accounts whose first won opportunity (ever) was won in the period;
 *   credited to the owner of that opportunity.
 * - `activities`: activities of one kind done in the period; credited to the rep who did them.
 * - `lead_conversion`: of the leads created in the period, the share linked to an account that
 *   got an opportunity at or after the lead came in; credited to the lead's owner. Fewer than
 *   `minLeads` leads give no rate.
 * - `account_score`: the average of a number entered per account (satisfaction) over the
 *   accounts a rep owns that have one; fewer than `minAccounts` give no value. The score has no
 *   history, so the period does not filter it.
 */
export type CountingRule =
  | { readonly kind: 'won_amount'; readonly productId?: string | null }
  | { readonly kind: 'first_won_accounts' }
  | { readonly kind: 'activities'; readonly activity: ActivityKind }
  | { readonly kind: 'lead_conversion'; readonly minLeads: number }
  | {
      readonly kind: 'account_score';
      readonly field: AccountScoreField;
      readonly minAccounts: number;
    };

/** The one metric kind each counting rule produces. */
export const RULE_METRIC_KIND: Readonly<Record<CountingRuleKind, MetricKind>> = {
  won_amount: 'amount',
  first_won_accounts: 'count',
  activities: 'count',
  lead_conversion: 'rate',
  account_score: 'rate',
};

/** The fields of a metric that an administrator defines. */
export type MetricDefinition = {
  readonly key: string;
  readonly name: string;
  readonly kind: MetricKind;
  readonly unit: string;
  /** Decimal places shown (and kept for rates); amounts are in minor units. */
  readonly precision: number;
  readonly direction: MetricDirection;
  readonly rule: CountingRule;
};

export type MetricRecord = MetricDefinition & {
  readonly id: string;
  readonly workspaceId: string;
  /** Shipped with Allot: its counting rule cannot be changed. */
  readonly builtin: boolean;
  readonly active: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
};

export const MAX_PRECISION = 4;
export const METRIC_KEY_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;
