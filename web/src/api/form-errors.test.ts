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
