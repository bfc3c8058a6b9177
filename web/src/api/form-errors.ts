/**
 * Maps `validation.failed` issues (`details.issues[] = { path, message }`) onto antd Form fields,
 * so each message appears under the field it belongs to.
 */
import type { FormInstance } from 'antd';
import { i18n } from '../i18n/i18n.ts';
import { ApiError } from './client.ts';

export type IssuePath = (string | number)[];
export type ValidationIssue = { path: IssuePath; message: string };
/** Form field name for an API path, or `null` when the form has no such field. */
export type PathToField = (path: IssuePath) => IssuePath | null;

const toPath = (raw: unknown): IssuePath => {
  // Accepts `away.0.to`, `rows[3].email` or an array of segments.
  const parts: unknown[] = Array.isArray(raw)
    ? raw
    : typeof raw === 'string'
      ? raw.split(/[.[\]]/).filter((part) => part !== '')
      : [];
  return parts
    .filter((part): part is string | number => typeof part === 'string' || typeof part === 'number')
    .map((part) => (typeof part === 'string' && /^\d+$/.test(part) ? Number(part) : part));
};

type IssueParams = Record<string, string | number>;

/** The i18n key of an issue: `issues.<code>_<origin>` when worded per origin, else by code. */
const issueKey = (code: string, params: IssueParams): string => {
  if (code === 'too_small' && params.origin === 'string' && params.minimum === 1) {
    return 'issues.required';
  }
  const specific = `issues.${code}_${params.origin}`;
  return params.origin !== undefined && i18n.exists(specific) ? specific : `issues.${code}`;
};

/** Issues whose substance is in the server's words (a calculation refused, and why). */
const WITH_SERVER_WORDS = new Set(['plan_problem']);

/** The issue in the current language when its code is known; the server's words otherwise. */
const issueMessage = (code: unknown, params: unknown, fallback: string): string => {
  if (typeof code !== 'string') return fallback;
  const values = (typeof params === 'object' && params !== null ? params : {}) as IssueParams;
  const key = issueKey(code, values);
  if (!i18n.exists(key)) return fallback;
  const words = i18n.t(key, values);
  return WITH_SERVER_WORDS.has(code) && fallback ? `${words}: ${fallback}` : words;
};

/** The issues of a `validation.failed` error; empty for any other error. */
export const validationIssues = (error: unknown): ValidationIssue[] => {
  if (!(error instanceof ApiError) || error.code !== 'validation.failed') return [];
  const issues = (error.details as { issues?: unknown } | null | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue) => {
    if (typeof issue !== 'object' || issue === null) return [];
    const { path, message, code, params } = issue as Record<string, unknown>;
    const fallback = typeof message === 'string' ? message : '';
    return [{ path: toPath(path), message: issueMessage(code, params, fallback) }];
  });
};

/**
 * Puts each issue under its field; returns the issues that matched no field (to show in an
 * alert instead).
 */
export const applyFormErrors = (
  form: FormInstance,
  error: unknown,
  pathToField: PathToField = (path) => path,
): ValidationIssue[] => {
  const unmatched: ValidationIssue[] = [];
  const byField = new Map<string, { name: IssuePath; errors: string[] }>();
  for (const issue of validationIssues(error)) {
    const name = issue.path.length > 0 ? pathToField(issue.path) : null;
    if (!name) {
      unmatched.push(issue);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(issue.message);
    byField.set(key, entry);
  }
  if (byField.size > 0) form.setFields([...byField.values()]);
  return unmatched;
};
