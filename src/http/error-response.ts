/**
 * The one mapping from error codes to HTTP statuses, and the error body every endpoint answers
 * with: `{ "error": { "code", "message", "details" } }`.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type AppErrorCode } from '../app/errors.ts';

export const STATUS_BY_CODE: Record<AppErrorCode, number> = {
  'validation.failed': 400,
  'request.too_large': 413,
  'route.not_found': 404,
  'auth.required': 401,
  'auth.invalid_credentials': 401,
  'auth.throttled': 429,
  'auth.forbidden': 403,
  'auth.csrf': 403,
  'workspace.not_found': 404,
  'workspace.exists': 409,
  'user.not_found': 404,
  'user.email_taken': 409,
  'user.rep_taken': 409,
  'user.last_admin': 409,
  'api_token.not_found': 404,
  'team.not_found': 404,
  'team.cycle': 409,
  'team.in_use': 409,
  'rep.not_found': 404,
  'rep.code_taken': 409,
  'rep.in_use': 409,
  'territory.not_found': 404,
  'territory.cycle': 409,
  'territory.in_use': 409,
  'product.not_found': 404,
  'product.code_taken': 409,
  'product.in_use': 409,
  'account.not_found': 404,
  'account.in_use': 409,
  'lead.not_found': 404,
  'opportunity.not_found': 404,
  'activity.not_found': 404,
  'routing.no_draft': 409,
  'routing.not_published': 409,
  'assignment.changed': 409,
  'intake_source.not_found': 404,
  'intake.signature': 401,
  'metric.not_found': 404,
  'metric.key_taken': 409,
  'metric.builtin_rule': 409,
  'plan.not_found': 404,
  'plan.wrong_status': 409,
  'plan.locked': 409,
  'database.in_use': 409,
  internal: 500,
};

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

function fieldPath(instancePath: string): string {
  return instancePath.split('/').filter(Boolean).join('.');
}

/** The parameters a client needs to word a zod issue (`至少 {minimum} 个字符`). */
function issueParams(params: Record<string, unknown>): Record<string, string | number> {
  const kept: Record<string, string | number> = {};
  for (const key of ['origin', 'minimum', 'maximum', 'format', 'expected'] as const) {
    const value = params[key];
    if (typeof value === 'string' || typeof value === 'number') kept[key] = value;
    if (typeof value === 'bigint') kept[key] = Number(value);
  }
  if (Array.isArray(params.values)) kept.values = params.values.join(', ');
  return kept;
}

/** Turns anything thrown in a handler into a status and the error body. */
export function toErrorResponse(error: unknown): {
  status: number;
  body: ReturnType<typeof errorBody>;
} {
  if (error instanceof AppError) {
    return {
      status: STATUS_BY_CODE[error.code],
      body: errorBody(error.code, error.message, error.details),
    };
  }
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    const where = fastifyError.validationContext ?? 'body';
    const issues = fastifyError.validation.map((v) => {
      const path = fieldPath(v.instancePath);
      const params = (v.params ?? {}) as Record<string, unknown>;
      const keys =
        v.keyword === 'unrecognized_keys' ? (params.keys as string[] | undefined) : undefined;
      return keys
        ? {
            path: [path, ...keys].filter(Boolean).join('.'),
            message: `unknown field${keys.length > 1 ? 's' : ''}: ${keys.join(', ')}`,
            code: v.keyword,
          }
        : { path, message: v.message ?? 'invalid', code: v.keyword, params: issueParams(params) };
    });
    return {
      status: 400,
      body: errorBody(
        'validation.failed',
        `invalid ${where}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
        {
          in: where,
          issues,
        },
      ),
    };
  }
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return {
      status: 413,
      body: errorBody('request.too_large', 'the request body is larger than 1 MB'),
    };
  }
  if (
    fastifyError.statusCode !== undefined &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    return {
      status: fastifyError.statusCode,
      body: errorBody('validation.failed', fastifyError.message),
    };
  }
  return { status: 500, body: errorBody('internal', 'internal error') };
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const { status, body } = toErrorResponse(error);
  if (status >= 500) {
    request.log.error({ err: error, requestId: request.id }, 'request failed');
    body.error.message = `internal error (request ${request.id})`;
  }
  if (body.error.code === 'auth.throttled') {
    const retry = (body.error as { details?: { retryAfterSeconds?: number } }).details
      ?.retryAfterSeconds;
    if (retry !== undefined) void reply.header('retry-after', String(retry));
  }
  return reply.status(status).send(body);
}
