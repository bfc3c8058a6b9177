import { describe, expect, it } from 'vitest';
import {
  type Condition,
  coerceRowValue,
  conditionToRows,
  newRuleId,
  type PolicyDocument,
  policyFieldOf,
  rowsToCondition,
  sameDocument,
  switchConditionMode,
  toDocument,
  toFormValues,
  whenToValues,
} from './policy-form-values.ts';

const DOC: PolicyDocument = {
  ownerFirst: false,
  dedup: true,
  countWindow: 'week',
  rules: [
    {
      id: '华东',
      when: {
        all: [
          { field: 'region', op: 'in', value: ['上海', '杭州'] },
          { field: 'score', op: 'gte', value: 60 },
        ],
      },
      to: { teams: ['t-east'], levels: ['senior'] },
      method: 'weighted',
      activeDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      overflow: 'rep:r-1',
    },
    { id: '其他', method: 'round_robin' },
  ],
  fallback: 'hold',
  holdRetryMinutes: 30,
  sla: { firstTouchMinutes: 240, action: 'notify' },
};

describe('condition rows', () => {
  it('reads a flat all/any list into rows and writes it back unchanged', () => {
    const condition: Condition = {
      any: [
        { field: 'source', op: 'eq', value: 'website' },
        { field: 'score', op: 'in', value: [80, 90] },
        { field: 'email', op: 'exists', value: false },
      ],
    };
    const rows = conditionToRows(condition);
    expect(rows).toEqual({
      mode: 'any',
      rows: [
        { field: 'source', op: 'eq', value: 'website' },
        { field: 'score', op: 'in', value: ['80', '90'] },
        { field: 'email', op: 'exists', value: 'false' },
      ],
    });
    expect(rows && rowsToCondition(rows.mode, rows.rows)).toEqual(condition);
  });

  it('writes no rows as no condition and one row as the bare leaf', () => {
    expect(rowsToCondition('all', [])).toBeUndefined();
    expect(rowsToCondition('any', [{ field: 'region', op: 'eq', value: ' 上海 ' }])).toEqual({
      field: 'region',
      op: 'eq',
      value: '上海',
    });
    expect(rowsToCondition('all', [{ field: 'score', op: 'gt', value: '59.5' }])).toEqual({
      field: 'score',
      op: 'gt',
      value: 59.5,
    });
  });

  it('leaves nested groups, `not` and values the rows would change to JSON', () => {
    const nested: Condition = { all: [{ any: [{ field: 'region', op: 'eq', value: 'x' }] }] };
    expect(conditionToRows(nested)).toBeNull();
    expect(conditionToRows({ not: { field: 'region', op: 'eq', value: 'x' } })).toBeNull();
    expect(conditionToRows({ field: 'custom.size', op: 'eq', value: 50 })).toBeNull();
    expect(whenToValues(nested)).toEqual({
      mode: 'json',
      rows: [],
      json: JSON.stringify(nested, null, 2),
    });
  });

  it('keeps the value when the operator changes between one value and a list', () => {
    expect(coerceRowValue('in', '上海, 杭州，南京')).toEqual(['上海', '杭州', '南京']);
    expect(coerceRowValue('eq', ['上海', '杭州'])).toBe('上海,杭州');
    expect(coerceRowValue('exists', 'x')).toBe('true');
    expect(coerceRowValue('eq', 'true')).toBe('');
  });

  it('switches between rows and JSON, refusing JSON that does not fit in rows', () => {
    const rows = whenToValues({ field: 'region', op: 'eq', value: '上海' });
    const json = switchConditionMode(rows, 'json');
    expect(json?.mode).toBe('json');
    expect(JSON.parse(json?.json ?? '')).toEqual({ field: 'region', op: 'eq', value: '上海' });
    expect(json && switchConditionMode(json, 'any')).toEqual({
      mode: 'any',
      rows: [{ field: 'region', op: 'eq', value: '上海' }],
      json: '',
    });
    const nested = {
      mode: 'json' as const,
      rows: [],
      json: '{"not":{"field":"a","op":"exists","value":true}}',
    };
    expect(switchConditionMode(nested, 'all')).toBeNull();
    expect(switchConditionMode({ ...nested, json: '{oops' }, 'all')).toBeNull();
  });
});

describe('document ↔ form values', () => {
  it('round-trips a document', () => {
    expect(toDocument(toFormValues(DOC))).toEqual(DOC);
  });

  it('writes defaults out, leaves out empty selectors, every-day active days and next overflow', () => {
    const values = toFormValues({ rules: [{ id: 'a', method: 'least_loaded' }] });
    const rule = values.rules[0];
    if (!rule) throw new Error('no rule');
    rule.reps = [];
    rule.tags = ['  ', '制造业'];
    expect(toDocument(values)).toEqual({
      ownerFirst: true,
      dedup: true,
      countWindow: 'month',
      rules: [{ id: 'a', to: { tags: ['制造业'] }, method: 'least_loaded' }],
      fallback: 'hold',
      holdRetryMinutes: 60,
    });
  });

  it('treats a document with defaults left out as the same as one with them written', () => {
    expect(sameDocument({}, { ownerFirst: true, countWindow: 'month', rules: [] })).toBe(true);
    expect(sameDocument({}, { ownerFirst: false })).toBe(false);
  });

  it('gives new rules a free id', () => {
    expect(newRuleId(['规则1', '规则2'], '规则')).toBe('规则3');
    expect(newRuleId(['规则3'], '规则')).toBe('规则2');
    expect(newRuleId(['rule-2', 'x'], 'rule-')).toBe('rule-3');
  });
});

describe('policyFieldOf', () => {
  const values = toFormValues({
    rules: [
      {
        id: 'a',
        when: {
          all: [
            { field: 'region', op: 'eq', value: 'x' },
            { field: 'score', op: 'gt', value: 1 },
          ],
        },
        method: 'round_robin',
      },
      { id: 'b', when: { not: { field: 'a', op: 'exists', value: true } }, method: 'weighted' },
      { id: 'c', when: { field: 'region', op: 'eq', value: 'y' }, method: 'weighted' },
    ],
  });
  const fieldOf = policyFieldOf(values);

  it('puts rule problems next to the named field', () => {
    expect(fieldOf(['rules', 1, 'id'])).toEqual(['rules', 1, 'id']);
    expect(fieldOf(['rules', 0, 'to', 'reps', 0])).toEqual(['rules', 0, 'reps']);
    expect(fieldOf(['rules', 0, 'to', 'teams'])).toEqual(['rules', 0, 'teams']);
    expect(fieldOf(['rules', 0, 'overflow'])).toEqual(['rules', 0, 'overflow']);
    expect(fieldOf(['rules', 0, 'activeDays', 3])).toEqual(['rules', 0, 'activeDays']);
  });

  it('puts condition problems on the row, or on the JSON text', () => {
    expect(fieldOf(['rules', 0, 'when', 'all', 1, 'value'])).toEqual([
      'rules',
      0,
      'when',
      'rows',
      1,
      'value',
    ]);
    expect(fieldOf(['rules', 2, 'when', 'value'])).toEqual([
      'rules',
      2,
      'when',
      'rows',
      0,
      'value',
    ]);
    expect(fieldOf(['rules', 1, 'when', 'not', 'value'])).toEqual(['rules', 1, 'when', 'json']);
  });

  it('maps settings, SLA and preview paths; unknown places are left to the alert', () => {
    expect(fieldOf(['fallback'])).toEqual(['fallback']);
    expect(fieldOf(['sla', 'action'])).toEqual(['slaAction']);
    expect(fieldOf(['policy', 'rules', 1, 'id'])).toEqual(['rules', 1, 'id']);
    expect(fieldOf(['rules', 9, 'id'])).toBeNull();
    expect(fieldOf(['rules', 0, 'to', 'match', 0])).toBeNull();
    expect(fieldOf(['leads', 0, 'email'])).toBeNull();
  });
});
