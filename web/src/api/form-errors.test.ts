import type { FormInstance } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { repFieldOf } from '../features/org/rep-form-values.ts';
import { ApiError } from './client.ts';
import { applyFormErrors, validationIssues } from './form-errors.ts';

const validation = (issues: unknown) =>
  new ApiError('validation.failed', 'invalid input', 400, { issues });

describe('applyFormErrors', () => {
  it('puts each issue under its field and returns the unmatched ones', () => {
    const setFields = vi.fn();
    const form = { setFields } as unknown as FormInstance;
    const unmatched = applyFormErrors(
      form,
      validation([
        { path: 'capPerDay', message: 'must be >= 0' },
        { path: 'away.1.to', message: 'from must be before to' },
        { path: 'attrs.x', message: 'unknown' },
        { path: 'capPerDay', message: 'must be an integer' },
      ]),
      repFieldOf,
    );
    expect(setFields).toHaveBeenCalledWith([
      { name: ['capPerDay'], errors: ['must be >= 0', 'must be an integer'] },
      { name: ['away', 1, 'range'], errors: ['from must be before to'] },
    ]);
    expect(unmatched).toEqual([{ path: ['attrs', 'x'], message: 'unknown' }]);
  });

  it('ignores errors other than validation.failed', () => {
    const setFields = vi.fn();
    const form = { setFields } as unknown as FormInstance;
    expect(applyFormErrors(form, new ApiError('auth.forbidden', 'no', 403))).toEqual([]);
    expect(setFields).not.toHaveBeenCalled();
  });
});

describe('validationIssues', () => {
  it('reads dotted, bracketed and array paths', () => {
    expect(
      validationIssues(
        validation([
          { path: 'rows[3].email', message: 'a' },
          { path: ['away', 0, 'from'], message: 'b' },
        ]),
      ).map((issue) => issue.path),
    ).toEqual([
      ['rows', 3, 'email'],
      ['away', 0, 'from'],
    ]);
  });
});

describe('issue wording', () => {
  it('words coded issues in the current language and keeps the server text otherwise', async () => {
    const { i18n } = await import('../i18n/i18n.ts');
    await i18n.changeLanguage('zh-CN');
    const issues = validationIssues(
      validation([
        {
          path: 'name',
          message: 'Too small',
          code: 'too_small',
          params: { origin: 'string', minimum: 1 },
        },
        {
          path: 'capPerDay',
          message: 'Too small',
          code: 'too_small',
          params: { origin: 'number', minimum: 0 },
        },
        {
          path: 'ownerRepId',
          message: 'unknown rep x or outside your data scope',
          code: 'outside_scope',
        },
        { path: 'x', message: 'server words', code: 'no_such_code' },
      ]),
    );
    expect(issues.map((i) => i.message)).toEqual([
      '此项必填',
      '不能小于 0',
      '记录不存在或不在您的数据权限内',
      'server words',
    ]);
    await i18n.changeLanguage('en');
    expect(
      validationIssues(validation([{ path: 'code', message: 'x', code: 'already_used' }]))[0]
        ?.message,
    ).toBe('Already used');
    await i18n.changeLanguage('zh-CN');
  });

  it('keeps the server’s reason after the words of an issue that carries one', async () => {
    const { i18n } = await import('../i18n/i18n.ts');
    await i18n.changeLanguage('zh-CN');
    const [issue] = validationIssues(
      validation([
        {
          path: 'plan.metrics[0].method.drivers[0].driver',
          code: 'plan_problem',
          message: 'the history inputs of revenue sum to 0',
        },
      ]),
    );
    expect(issue?.message).toBe('按当前输入无法测算目标: the history inputs of revenue sum to 0');
  });
});
