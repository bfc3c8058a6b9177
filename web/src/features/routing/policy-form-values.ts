/**
 * The routing policy document (分配规则) ↔ editor form values: policy-wide settings, the ordered
 * rules, condition rows (a flat all/any list, else JSON text), and API issue paths → form fields.
 */
import type { z } from 'zod';
import type { RoutingPolicyDocumentSchema } from '../../../../src/contracts/routing.ts';
import type { ScenarioCondition } from '../../../../src/contracts/scenario.ts';
import type { RepLevel } from '../../../../src/domain/shared/vocabulary.ts';
import type { IssuePath } from '../../api/form-errors.ts';

export type PolicyDocument = z.infer<typeof RoutingPolicyDocumentSchema>;
export type RuleDocument = NonNullable<PolicyDocument['rules']>[number];
export type Condition = ScenarioCondition;
type Leaf = Extract<Condition, { op: unknown }>;
export type ConditionOp = Leaf['op'];
export type Method = RuleDocument['method'];
export type Weekday = NonNullable<RuleDocument['activeDays']>[number];
export type CountWindow = NonNullable<PolicyDocument['countWindow']>;

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
] as const satisfies readonly ConditionOp[];
export const METHODS = ['round_robin', 'weighted', 'least_loaded'] as const satisfies Method[];
export const WEEKDAYS = [
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
] as const satisfies Weekday[];
export const COUNT_WINDOWS = ['day', 'week', 'month'] as const satisfies CountWindow[];
/** Lead fields offered by the condition builder (others may be typed, e.g. `custom.budget`). */
export const LEAD_FIELDS = [
  'region',
  'industry',
  'score',
  'source',
  'company',
  'email',
  'phone',
  'name',
] as const;
/** Fields compared as numbers under `eq` / `ne` / `in` / `nin`. */
const NUMERIC_FIELDS: readonly string[] = ['score'];
const LIST_OPS: readonly ConditionOp[] = ['in', 'nin'];
export const NUMBER_OPS: readonly ConditionOp[] = ['gt', 'gte', 'lt', 'lte'];

/** The spec's defaults, shown in the editor (the server applies the same when left out). */
export const POLICY_DEFAULTS = {
  ownerFirst: true,
  dedup: true,
  countWindow: 'month',
  fallback: 'hold',
  holdRetryMinutes: 60,
  overflow: 'next',
  slaMinutes: 120,
  slaAction: 'reassign',
} as const;

export type RowValue = string | string[];
export type ConditionRow = { field: string; op: ConditionOp; value: RowValue };
export type ConditionMode = 'all' | 'any' | 'json';
export type WhenValues = { mode: ConditionMode; rows: ConditionRow[]; json: string };

export type RuleValues = {
  id: string;
  when: WhenValues;
  reps: string[];
  teams: string[];
  levels: RepLevel[];
  tags: string[];
  /** Kept as loaded (no editor yet): `[{ lead, rep }]` attribute matches. */
  match: { lead: string; rep: string }[];
  method: Method;
  activeDays: Weekday[];
  /** `next`, `hold`, `pool:<id>` or `rep:<id>`. */
  overflow: string;
};

export type PolicyFormValues = {
  ownerFirst: boolean;
  dedup: boolean;
  countWindow: CountWindow;
  /** `hold`, `pool:<id>` or `rep:<id>`. */
  fallback: string;
  holdRetryMinutes: number | null;
  slaEnabled: boolean;
  slaMinutes: number | null;
  /** `reassign`, `notify` or `pool:<id>`. */
  slaAction: string;
  rules: RuleValues[];
};

// ---------------------------------------------------------------------------------------------
// Condition rows

const isLeaf = (c: Condition): c is Leaf => 'field' in c;

/** A row value as the controls hold it: text, a list of texts, or `true` / `false`. */
export const valueToRow = (op: ConditionOp, value: unknown): RowValue => {
  if (LIST_OPS.includes(op)) return (Array.isArray(value) ? value : [value]).map(String);
  if (Array.isArray(value)) return value.map(String).join(',');
  return value === undefined || value === null ? '' : String(value);
};

const numberOr = (text: string): number | string => {
  const trimmed = text.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
};

/** A row's value for the document: numbers for comparisons and numeric fields, lists for in/nin. */
export const rowToValue = (row: ConditionRow): unknown => {
  const { op, field, value } = row;
  const numeric = NUMERIC_FIELDS.includes(field);
  if (LIST_OPS.includes(op)) {
    const items = (Array.isArray(value) ? value : splitList(value)).map((v) => v.trim());
    return items.filter(Boolean).map((v) => (numeric ? numberOr(v) : v));
  }
  const text = Array.isArray(value) ? value.join(',') : value;
  if (op === 'exists') return text !== 'false';
  if (NUMBER_OPS.includes(op) || numeric) return numberOr(text);
  return text.trim();
};

const splitList = (text: string): string[] => text.split(/[,，、]/);

/** The value kept when the operator changes (a list becomes text and back). */
export const coerceRowValue = (op: ConditionOp, value: RowValue | undefined): RowValue => {
  if (op === 'exists') return value === 'false' ? 'false' : 'true';
  if (LIST_OPS.includes(op)) {
    if (Array.isArray(value)) return value;
    return splitList(value ?? '')
      .map((v) => v.trim())
      .filter(Boolean);
  }
  if (Array.isArray(value)) return value.join(',');
  return value === 'true' || value === 'false' ? '' : (value ?? '');
};

export const emptyRow = (): ConditionRow => ({ field: 'region', op: 'eq', value: '' });

export const rowToLeaf = (row: ConditionRow): Leaf => ({
  field: row.field.trim(),
  op: row.op,
  value: rowToValue(row),
});

const leafToRow = (leaf: Leaf): ConditionRow => ({
  field: leaf.field,
  op: leaf.op,
  value: valueToRow(leaf.op, leaf.value),
});

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Rows + all/any for a condition, or null when it needs JSON (nesting, `not`, odd values). */
export const conditionToRows = (
  condition: Condition | undefined,
): { mode: 'all' | 'any'; rows: ConditionRow[] } | null => {
  if (condition === undefined) return { mode: 'all', rows: [] };
  let mode: 'all' | 'any' = 'all';
  let leaves: Condition[];
  if (isLeaf(condition)) leaves = [condition];
  else if ('all' in condition) leaves = condition.all;
  else if ('any' in condition) {
    mode = 'any';
    leaves = condition.any;
  } else return null;
  const rows: ConditionRow[] = [];
  for (const leaf of leaves) {
    if (!isLeaf(leaf)) return null;
    const row = leafToRow(leaf);
    // Only what the controls give back unchanged (`eq` 5 on a text field would become "5").
    if (!sameJson(rowToLeaf(row), leaf)) return null;
    rows.push(row);
  }
  return { mode, rows };
};

/** No rows: no condition; one row: the leaf; more: `{ all }` or `{ any }`. */
export const rowsToCondition = (
  mode: 'all' | 'any',
  rows: readonly ConditionRow[],
): Condition | undefined => {
  const leaves = rows.map(rowToLeaf);
  if (leaves.length === 0) return undefined;
  if (leaves.length === 1) return leaves[0];
  return mode === 'any' ? { any: leaves } : { all: leaves };
};

const toJson = (condition: Condition | undefined) =>
  condition === undefined ? '' : JSON.stringify(condition, null, 2);

export const whenToValues = (condition: Condition | undefined): WhenValues => {
  const rows = conditionToRows(condition);
  return rows ? { ...rows, json: '' } : { mode: 'json', rows: [], json: toJson(condition) };
};

/** The condition of the JSON text; throws a SyntaxError when it is not JSON. */
const parseJsonCondition = (json: string): Condition | undefined => {
  const text = json.trim();
  return text === '' ? undefined : (JSON.parse(text) as Condition);
};

export const isValidJson = (json: string): boolean => {
  try {
    parseJsonCondition(json);
    return true;
  } catch {
    return false;
  }
};

/** The condition of the editor (unparsable JSON is sent as text, for the server to refuse). */
export const valuesToWhen = (when: WhenValues): Condition | undefined => {
  if (when.mode !== 'json') return rowsToCondition(when.mode, when.rows);
  try {
    return parseJsonCondition(when.json);
  } catch {
    return when.json as unknown as Condition;
  }
};

/**
 * Switching between rows and JSON: the new `when`, or null when JSON cannot become rows
 * (then the editor stays on JSON).
 */
export const switchConditionMode = (when: WhenValues, mode: ConditionMode): WhenValues | null => {
  if (mode === when.mode) return when;
  if (mode === 'json') return { mode, rows: when.rows, json: toJson(valuesToWhen(when)) };
  if (when.mode !== 'json') return { ...when, mode };
  let condition: Condition | undefined;
  try {
    condition = parseJsonCondition(when.json);
  } catch {
    return null;
  }
  const rows = conditionToRows(condition);
  if (!rows) return null;
  // A single leaf or an empty condition takes the all/any asked for.
  return { mode: rows.rows.length > 1 ? rows.mode : mode, rows: rows.rows, json: '' };
};

// ---------------------------------------------------------------------------------------------
// Rules and the document

/** A new rule's id, unique among `taken` (`规则 3`, `rule-3`). */
export const newRuleId = (taken: readonly string[], prefix: string): string => {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
};

export const emptyRule = (id: string): RuleValues => ({
  id,
  when: { mode: 'all', rows: [], json: '' },
  reps: [],
  teams: [],
  levels: [],
  tags: [],
  match: [],
  method: 'round_robin',
  activeDays: [...WEEKDAYS],
  overflow: POLICY_DEFAULTS.overflow,
});

const ruleToValues = (rule: RuleDocument): RuleValues => ({
  id: rule.id,
  when: whenToValues(rule.when),
  reps: [...(rule.to?.reps ?? [])],
  teams: [...(rule.to?.teams ?? [])],
  levels: [...(rule.to?.levels ?? [])],
  tags: [...(rule.to?.tags ?? [])],
  match: (rule.to?.match ?? []).map((m) => ({ ...m })),
  method: rule.method,
  activeDays: rule.activeDays
    ? WEEKDAYS.filter((d) => rule.activeDays?.includes(d))
    : [...WEEKDAYS],
  overflow: rule.overflow ?? POLICY_DEFAULTS.overflow,
});

export const toFormValues = (doc: PolicyDocument | null | undefined): PolicyFormValues => ({
  ownerFirst: doc?.ownerFirst ?? POLICY_DEFAULTS.ownerFirst,
  dedup: doc?.dedup ?? POLICY_DEFAULTS.dedup,
  countWindow: doc?.countWindow ?? POLICY_DEFAULTS.countWindow,
  fallback: doc?.fallback ?? POLICY_DEFAULTS.fallback,
  holdRetryMinutes: doc?.holdRetryMinutes ?? POLICY_DEFAULTS.holdRetryMinutes,
  slaEnabled: !!doc?.sla,
  slaMinutes: doc?.sla?.firstTouchMinutes ?? POLICY_DEFAULTS.slaMinutes,
  slaAction: doc?.sla?.action ?? POLICY_DEFAULTS.slaAction,
  rules: (doc?.rules ?? []).map(ruleToValues),
});

const nonEmpty = <T>(list: readonly T[] | undefined): T[] | undefined =>
  list && list.length > 0 ? [...list] : undefined;

/** Leaves out what is unset, so an empty selector never reads as "no one". */
const valuesToRule = (rule: RuleValues): RuleDocument => {
  const to = {
    reps: nonEmpty(rule.reps),
    teams: nonEmpty(rule.teams),
    levels: nonEmpty(rule.levels),
    tags: nonEmpty(rule.tags?.map((tag) => tag.trim()).filter(Boolean)),
    match: nonEmpty(rule.match),
  };
  const toSet = Object.fromEntries(Object.entries(to).filter(([, v]) => v !== undefined));
  const when = valuesToWhen(rule.when);
  const days = rule.activeDays ?? [...WEEKDAYS];
  const overflow = rule.overflow || POLICY_DEFAULTS.overflow;
  return {
    id: (rule.id ?? '').trim(),
    ...(when !== undefined ? { when } : {}),
    ...(Object.keys(toSet).length > 0 ? { to: toSet } : {}),
    method: rule.method,
    ...(days.length < WEEKDAYS.length
      ? { activeDays: WEEKDAYS.filter((d) => days.includes(d)) }
      : {}),
    ...(overflow !== POLICY_DEFAULTS.overflow ? { overflow } : {}),
  };
};

/** The document the server stores: policy-wide settings written out, rules in order. */
export const toDocument = (values: PolicyFormValues): PolicyDocument => ({
  ownerFirst: values.ownerFirst,
  dedup: values.dedup,
  countWindow: values.countWindow,
  rules: (values.rules ?? []).map(valuesToRule),
  fallback: values.fallback || POLICY_DEFAULTS.fallback,
  holdRetryMinutes: values.holdRetryMinutes ?? POLICY_DEFAULTS.holdRetryMinutes,
  ...(values.slaEnabled
    ? {
        sla: {
          firstTouchMinutes: values.slaMinutes ?? POLICY_DEFAULTS.slaMinutes,
          action: values.slaAction || POLICY_DEFAULTS.slaAction,
        },
      }
    : {}),
});

/** Whether two documents say the same once read through the editor (defaults written out). */
export const sameDocument = (a: PolicyDocument | null, b: PolicyDocument | null): boolean =>
  sameJson(toDocument(toFormValues(a)), toDocument(toFormValues(b)));

// ---------------------------------------------------------------------------------------------
// Issue paths → fields

const SETTINGS: readonly string[] = [
  'ownerFirst',
  'dedup',
  'countWindow',
  'fallback',
  'holdRetryMinutes',
];
const RULE_FIELDS: readonly string[] = ['id', 'method', 'activeDays', 'overflow'];
const SELECTORS: readonly string[] = ['reps', 'teams', 'levels', 'tags'];

const whenFieldOf = (
  rule: number,
  when: WhenValues | undefined,
  rest: IssuePath,
): IssuePath | null => {
  const base = ['rules', rule, 'when'];
  if (!when || when.mode === 'json') return [...base, 'json'];
  const [head, index, leafKey] = rest;
  // `when.value` (one row) or `when.all.2.op` (row 2).
  if (typeof head === 'string' && ['field', 'op', 'value'].includes(head))
    return [...base, 'rows', 0, head];
  if ((head === 'all' || head === 'any') && typeof index === 'number' && when.rows[index]) {
    const key =
      typeof leafKey === 'string' && ['field', 'op'].includes(leafKey) ? leafKey : 'value';
    return [...base, 'rows', index, key];
  }
  return [...base, 'mode'];
};

/**
 * The form field of an API issue path (`rules.1.to.reps.0` → the rep select of rule 1), for
 * the values being edited; null when no field shows it. Preview issues start with `policy`.
 */
export const policyFieldOf =
  (values: Pick<PolicyFormValues, 'rules'>) =>
  (path: IssuePath): IssuePath | null => {
    const [head, ...rest] = path;
    if (head === 'policy') return policyFieldOf(values)(rest);
    if (typeof head === 'string' && SETTINGS.includes(head)) return [head];
    if (head === 'sla') {
      if (rest[0] === 'firstTouchMinutes') return ['slaMinutes'];
      if (rest[0] === 'action') return ['slaAction'];
      return ['slaEnabled'];
    }
    if (head !== 'rules') return null;
    const [index, key, ...tail] = rest;
    if (typeof index !== 'number' || !values.rules?.[index]) return null;
    if (typeof key === 'string' && RULE_FIELDS.includes(key)) return ['rules', index, key];
    if (key === 'when') return whenFieldOf(index, values.rules[index]?.when, tail);
    if (key === 'to' && typeof tail[0] === 'string' && SELECTORS.includes(tail[0]))
      return ['rules', index, tail[0]];
    return null;
  };
