/**
 * Rule conditions over a lead: a leaf `{ field, op, value }` or `all` / `any` / `not`. A missing
 * field compares false, except under `ne`, `nin` and `exists: false`; a comparison that cannot
 * be made (`gt` against text) is false and leaves a warning in the result.
 */

export const CONDITION_OPS = [
  'eq',
  'ne',
  'in',
  'nin',
  'gt',
  'gte',
  'lt',
  'lte',
  'contains',
  'exists',
] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

export type Leaf = { readonly field: string; readonly op: ConditionOp; readonly value: unknown };
export type Condition =
  | Leaf
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

export type ConditionWarning = {
  readonly code: 'not_comparable';
  readonly field: string;
  readonly op: ConditionOp;
};

export type Evaluation = { readonly matched: boolean; readonly warnings: ConditionWarning[] };

/** The value at a dotted path (`custom.budget`); undefined when any step is missing. */
export function valueAt(record: unknown, path: string): unknown {
  return valueAtPath(record, pathOf(path));
}

/** Field paths split once: a policy names the same few fields for every lead. */
const splitPaths = new Map<string, readonly string[]>();

export function pathOf(path: string): readonly string[] {
  let parts = splitPaths.get(path);
  if (parts === undefined) {
    parts = path.split('.');
    if (splitPaths.size < 10_000) splitPaths.set(path, parts);
  }
  return parts;
}

/** As valueAt, with the path already split (for loops over many records). */
export function valueAtPath(record: unknown, path: readonly string[]): unknown {
  let current: unknown = record;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const isMissing = (v: unknown) => v === undefined || v === null;
const same = (a: unknown, b: unknown) =>
  a === b || (typeof a === 'object' && a !== null && JSON.stringify(a) === JSON.stringify(b));

/** Whether `actual` is the value, or one of the values when a list is given. */
function oneOf(value: unknown, actual: unknown): boolean {
  if (!Array.isArray(value)) return same(actual, value);
  for (const v of value) if (same(actual, v)) return true;
  return false;
}

function evaluateLeaf(leaf: Leaf, record: unknown, warnings: ConditionWarning[]): boolean {
  const actual = valueAt(record, leaf.field);
  const missing = isMissing(actual);
  switch (leaf.op) {
    case 'exists':
      return leaf.value === false ? missing : !missing;
    case 'ne':
      return missing || !same(actual, leaf.value);
    case 'nin':
      return missing || !oneOf(leaf.value, actual);
    case 'eq':
      return !missing && same(actual, leaf.value);
    case 'in':
      return !missing && oneOf(leaf.value, actual);
    case 'contains':
      if (missing) return false;
      if (typeof actual === 'string' && typeof leaf.value === 'string')
        return actual.includes(leaf.value);
      if (Array.isArray(actual)) return actual.some((v) => same(v, leaf.value));
      warnings.push({ code: 'not_comparable', field: leaf.field, op: leaf.op });
      return false;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      if (missing) return false;
      if (typeof actual !== 'number' || typeof leaf.value !== 'number') {
        warnings.push({ code: 'not_comparable', field: leaf.field, op: leaf.op });
        return false;
      }
      const v = leaf.value;
      return leaf.op === 'gt'
        ? actual > v
        : leaf.op === 'gte'
          ? actual >= v
          : leaf.op === 'lt'
            ? actual < v
            : actual <= v;
    }
    default: {
      const never: never = leaf.op;
      throw new Error(`unknown operator ${String(never)}`);
    }
  }
}

function evaluateInto(
  condition: Condition,
  record: unknown,
  warnings: ConditionWarning[],
): boolean {
  if ('all' in condition) {
    let all = true;
    for (const c of condition.all) if (!evaluateInto(c, record, warnings)) all = false;
    return all;
  }
  if ('any' in condition) {
    let any = false;
    for (const c of condition.any) if (evaluateInto(c, record, warnings)) any = true;
    return any;
  }
  if ('not' in condition) return !evaluateInto(condition.not, record, warnings);
  return evaluateLeaf(condition, record, warnings);
}

/**
 * Whether `record` satisfies `condition` (absent = always). Every branch is evaluated so that
 * all warnings are reported, not only those before the first decisive branch.
 */
export function evaluateCondition(condition: Condition | undefined, record: unknown): Evaluation {
  if (condition === undefined) return { matched: true, warnings: [] };
  const warnings: ConditionWarning[] = [];
  const matched = evaluateInto(condition, record, warnings);
  return { matched, warnings };
}

/** The leaves of a condition, for explanations ("地区=上海，评分≥60"). */
export function leavesOf(condition: Condition | undefined): Leaf[] {
  if (condition === undefined) return [];
  if ('all' in condition) return condition.all.flatMap(leavesOf);
  if ('any' in condition) return condition.any.flatMap(leavesOf);
  if ('not' in condition) return leavesOf(condition.not);
  return [condition];
}
