/**
 * The one error type of the use cases. Every code is listed here; each edge (HTTP, CLI) maps
 * the list exhaustively, so a new code does not compile until it is mapped.
 */

import { METRIC_PROBLEM_CODES } from '../domain/metrics/validate-metric.ts';
import { ADJUSTMENT_PROBLEM_CODES } from '../domain/planning/plan-sheet-problems.ts';
import { POLICY_PROBLEM_CODES } from '../domain/routing/validate-policy.ts';

export const APP_ERROR_CODES = [
  'validation.failed',
  'request.too_large',
  'route.not_found',
  'auth.required',
  'auth.invalid_credentials',
  'auth.throttled',
  'auth.forbidden',
  'auth.csrf',
  'workspace.not_found',
  'workspace.exists',
  'user.not_found',
  'user.email_taken',
  'user.rep_taken',
  'user.last_admin',
  'api_token.not_found',
  'team.not_found',
  'team.cycle',
  'team.in_use',
  'rep.not_found',
  'rep.code_taken',
  'rep.in_use',
  'territory.not_found',
  'territory.cycle',
  'territory.in_use',
  'product.not_found',
  'product.code_taken',
  'product.in_use',
  'account.not_found',
  'account.in_use',
  'lead.not_found',
  'opportunity.not_found',
  'activity.not_found',
  'routing.no_draft',
  'routing.not_published',
  'assignment.changed',
  'intake_source.not_found',
  'intake.signature',
  'metric.not_found',
  'metric.key_taken',
  'metric.builtin_rule',
  'plan.not_found',
  'plan.wrong_status',
  'plan.locked',
  'database.in_use',
  'internal',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/**
 * Codes of field problems found by the use cases (zod adds its own: `too_small`, `invalid_type`,
 * …). Clients translate by code; the message is the English fallback.
 */
export const ISSUE_CODES = [
  'unknown_reference',
  'outside_scope',
  'owner_required',
  'already_used',
  'self_reference',
  'subject_required',
  'lead_owner_required',
  ...POLICY_PROBLEM_CODES,
  'lead_status_requires_no_owner',
  'lead_close_result_required',
  'invalid_cursor',
  'reason_required',
  'wrong_password',
  'unknown_time_zone',
  'choose_one',
  'lead_not_unassigned',
  ...METRIC_PROBLEM_CODES,
  'period_order',
  'plan_period_start',
  'plan_metric_rate',
  'plan_metric_repeated',
  'plan_problem',
  ...ADJUSTMENT_PROBLEM_CODES,
  'comment_too_long',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A problem with one field of the input; `path` names it (`away.0.to`, `rows[3].email`). */
export type Issue = {
  readonly path: string;
  readonly message: string;
  readonly code?: IssueCode;
  readonly params?: Readonly<Record<string, string | number>>;
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function validationError(issues: readonly Issue[]): AppError {
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return new AppError('validation.failed', `invalid input: ${summary}`, { issues });
}

/** Collects field problems so a request is checked whole before anything is written. */
export class Issues {
  private readonly list: Issue[] = [];
  add(path: string, message: string, code?: IssueCode, params?: Issue['params']): void {
    this.list.push({ path, message, ...(code ? { code } : {}), ...(params ? { params } : {}) });
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw validationError(this.list);
  }
}
