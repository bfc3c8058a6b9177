/**
 * Problems of a routing policy against the organisation it routes in, found when the policy is
 * saved — never at intake. Each problem names its place (`rules[2].to.teams[0]`).
 */
import type { Condition, Leaf } from './conditions.ts';
import type { Destination, RoutingPolicy } from './policy.ts';
import type { SlaPolicy } from './policy-document.ts';

export type PolicyProblem = {
  readonly path: string;
  readonly code: PolicyProblemCode;
  readonly message: string;
};

export const POLICY_PROBLEM_CODES = [
  'unknown_rep',
  'unknown_team',
  'unknown_pool',
  'duplicate_rule_id',
  'empty_pool',
  'operator_mismatch',
] as const;
export type PolicyProblemCode = (typeof POLICY_PROBLEM_CODES)[number];

export type PolicyReferences = {
  readonly repIds: ReadonlySet<string>;
  readonly teamIds: ReadonlySet<string>;
  readonly poolIds: ReadonlySet<string>;
};

/** Why a leaf's value does not suit its operator, or null when it does. */
export function operatorMismatch(leaf: Leaf): string | null {
  const v = leaf.value;
  switch (leaf.op) {
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return typeof v === 'number' ? null : `${leaf.op} compares numbers`;
    case 'in':
    case 'nin':
      return Array.isArray(v) ? null : `${leaf.op} takes a list of values`;
    case 'exists':
      return typeof v === 'boolean' ? null : 'exists takes true or false';
    case 'contains':
      return typeof v === 'string' || typeof v === 'number' ? null : 'contains takes one value';
    case 'eq':
    case 'ne':
      return v === undefined ? 'a value is required' : null;
    default: {
      const never: never = leaf.op;
      return `unknown operator ${String(never)}`;
    }
  }
}

function conditionProblems(condition: Condition, path: string, out: PolicyProblem[]): void {
  if ('all' in condition) {
    condition.all.forEach((c, i) => {
      conditionProblems(c, `${path}.all[${i}]`, out);
    });
  } else if ('any' in condition) {
    condition.any.forEach((c, i) => {
      conditionProblems(c, `${path}.any[${i}]`, out);
    });
  } else if ('not' in condition) conditionProblems(condition.not, `${path}.not`, out);
  else {
    const mismatch = operatorMismatch(condition);
    if (mismatch) out.push({ path: `${path}.value`, code: 'operator_mismatch', message: mismatch });
  }
}

function destinationProblems(
  d: Destination,
  path: string,
  refs: PolicyReferences,
  out: PolicyProblem[],
): void {
  if (d.kind === 'rep' && !refs.repIds.has(d.repId)) {
    out.push({ path, code: 'unknown_rep', message: `unknown rep ${d.repId}` });
  }
  if (d.kind === 'pool' && !refs.poolIds.has(d.poolId)) {
    out.push({ path, code: 'unknown_pool', message: `unknown pool ${d.poolId}` });
  }
}

export function validatePolicy(
  policy: RoutingPolicy & { readonly sla?: SlaPolicy | null },
  refs: PolicyReferences,
): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const seen = new Set<string>();
  policy.rules.forEach((rule, i) => {
    const at = `rules[${i}]`;
    if (seen.has(rule.id))
      out.push({
        path: `${at}.id`,
        code: 'duplicate_rule_id',
        message: `rule id ${rule.id} is used twice`,
      });
    seen.add(rule.id);
    if (rule.when) conditionProblems(rule.when, `${at}.when`, out);
    const to = rule.to;
    to?.reps?.forEach((id, j) => {
      if (!refs.repIds.has(id))
        out.push({
          path: `${at}.to.reps[${j}]`,
          code: 'unknown_rep',
          message: `unknown rep ${id}`,
        });
    });
    to?.teams?.forEach((id, j) => {
      if (!refs.teamIds.has(id))
        out.push({
          path: `${at}.to.teams[${j}]`,
          code: 'unknown_team',
          message: `unknown team ${id}`,
        });
    });
    const emptySelector = (['reps', 'teams', 'levels', 'tags'] as const).find(
      (k) => to?.[k]?.length === 0,
    );
    if (emptySelector) {
      out.push({
        path: `${at}.to.${emptySelector}`,
        code: 'empty_pool',
        message: 'an empty list selects no one: leave it out to select everyone',
      });
    }
    destinationProblems(rule.overflow, `${at}.overflow`, refs, out);
  });
  destinationProblems(policy.fallback, 'fallback', refs, out);
  const slaPool = policy.sla?.action.kind === 'pool' ? policy.sla.action.poolId : null;
  if (slaPool !== null && !refs.poolIds.has(slaPool)) {
    out.push({ path: 'sla.action', code: 'unknown_pool', message: `unknown pool ${slaPool}` });
  }
  return out;
}
