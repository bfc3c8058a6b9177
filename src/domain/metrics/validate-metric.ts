/**
 * Problems of a metric definition, found whole before it is saved. Each names its place
 * (`rule.minLeads`) and carries a stable code clients translate.
 */
import { ACCOUNT_SCORE_FIELDS, ACTIVITY_KINDS } from '../shared/vocabulary.ts';
import {
  type CountingRule,
  MAX_PRECISION,
  METRIC_KEY_PATTERN,
  type MetricDefinition,
  RULE_METRIC_KIND,
} from './metric.ts';

export const METRIC_PROBLEM_CODES = [
  'invalid_metric_key',
  'name_required',
  'precision_out_of_range',
  'rule_kind_mismatch',
  'minimum_denominator',
  'unknown_product',
  'unknown_choice',
] as const;
export type MetricProblemCode = (typeof METRIC_PROBLEM_CODES)[number];

export type MetricProblem = {
  readonly path: string;
  readonly code: MetricProblemCode;
  readonly message: string;
};

/** The records a rule may point at. */
export type MetricReferences = { readonly productIds: ReadonlySet<string> };

const wholeAtLeastOne = (n: number) => Number.isInteger(n) && n >= 1;

function ruleProblems(rule: CountingRule, refs: MetricReferences, out: MetricProblem[]): void {
  switch (rule.kind) {
    case 'won_amount':
      if (rule.productId != null && !refs.productIds.has(rule.productId))
        out.push({
          path: 'rule.productId',
          code: 'unknown_product',
          message: `unknown product ${rule.productId}`,
        });
      return;
    case 'first_won_accounts':
      return;
    case 'activities':
      if (!(ACTIVITY_KINDS as readonly string[]).includes(rule.activity))
        out.push({
          path: 'rule.activity',
          code: 'unknown_choice',
          message: `unknown activity kind ${rule.activity}`,
        });
      return;
    case 'lead_conversion':
      if (!wholeAtLeastOne(rule.minLeads))
        out.push({
          path: 'rule.minLeads',
          code: 'minimum_denominator',
          message: 'the minimum number of leads is a whole number of at least 1',
        });
      return;
    case 'account_score':
      if (!(ACCOUNT_SCORE_FIELDS as readonly string[]).includes(rule.field))
        out.push({
          path: 'rule.field',
          code: 'unknown_choice',
          message: `unknown account field ${rule.field}`,
        });
      if (!wholeAtLeastOne(rule.minAccounts))
        out.push({
          path: 'rule.minAccounts',
          code: 'minimum_denominator',
          message: 'the minimum number of accounts is a whole number of at least 1',
        });
      return;
    default: {
      const never: never = rule;
      out.push({
        path: 'rule.kind',
        code: 'unknown_choice',
        message: `unknown rule ${String((never as { kind: unknown }).kind)}`,
      });
    }
  }
}

/** Every problem of the definition; empty when it can be saved. */
export function validateMetric(def: MetricDefinition, refs: MetricReferences): MetricProblem[] {
  const out: MetricProblem[] = [];
  if (!METRIC_KEY_PATTERN.test(def.key))
    out.push({
      path: 'key',
      code: 'invalid_metric_key',
      message: 'a key is 2–40 lower-case letters, digits or _, starting with a letter',
    });
  if (def.name.trim() === '')
    out.push({ path: 'name', code: 'name_required', message: 'a name is required' });
  if (!Number.isInteger(def.precision) || def.precision < 0 || def.precision > MAX_PRECISION)
    out.push({
      path: 'precision',
      code: 'precision_out_of_range',
      message: `precision is a whole number from 0 to ${MAX_PRECISION}`,
    });
  const expected = RULE_METRIC_KIND[def.rule.kind];
  if (expected !== undefined && expected !== def.kind)
    out.push({
      path: 'rule.kind',
      code: 'rule_kind_mismatch',
      message: `a ${def.rule.kind} rule counts a metric of kind ${expected}, not ${def.kind}`,
    });
  ruleProblems(def.rule, refs, out);
  return out;
}
