/**
 * Typed fetch wrapper for `/api/v1`: same-origin cookies, the CSRF header on unsafe methods and
 * one error type (`ApiError`) built from the server's `{ error: { code, message, details } }`.
 */
import type { ErrorBody, Page } from '../../../src/contracts/common.ts';

export const API_BASE = '/api/v1';

/** Codes the client itself produces when the server gave no error body. */
export const CLIENT_ERROR_CODES = ['network', 'http'] as const;

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;

  constructor(code: string, message: string, status: number, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const UNSAFE: ReadonlySet<Method> = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Set from the login or session response; `null` after logout. */
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

/** Called when an authenticated request answers 401 (the session expired elsewhere). */
export const setUnauthorizedHandler = (handler: (() => void) | null): void => {
  onUnauthorized = handler;
};

/** Builds `?a=1&b=x`, leaving out empty values. */
export const toQueryString = (query: Query | undefined): string => {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
};

const isErrorBody = (value: unknown): value is ErrorBody => {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
};

/** Turns a failed response into an `ApiError`, whatever its body looks like. */
export const parseErrorResponse = async (response: Response): Promise<ApiError> => {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (isErrorBody(body)) {
    return new ApiError(body.error.code, body.error.message, response.status, body.error.details);
  }
  return new ApiError('http', `HTTP ${response.status}`, response.status);
};

export type RequestOptions = {
  query?: Query;
  body?: unknown;
  /** A body sent as it is (a file's bytes) with its content type, instead of JSON. */
  raw?: { bytes: BodyInit; type: string };
  signal?: AbortSignal;
};

export const request = async <T>(
  method: Method,
  path: string,
  options: RequestOptions = {},
): Promise<T> => {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.raw) headers['Content-Type'] = options.raw.type;
  else if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (UNSAFE.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${toQueryString(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.raw
        ? options.raw.bytes
        : options.body === undefined
          ? undefined
          : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError('network', cause instanceof Error ? cause.message : 'network error', 0);
  }
  if (!response.ok) {
    const error = await parseErrorResponse(response);
    if (response.status === 401 && error.code !== 'auth.invalid_credentials') onUnauthorized?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
};

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) =>
    request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: (path: string) => request<void>('DELETE', path),
  /** Posts a file's bytes as the raw body (e.g. an .xlsx workbook). */
  upload: <T>(path: string, bytes: BodyInit, type: string, query?: Query) =>
    request<T>('POST', path, { raw: { bytes, type }, query }),
};

/** Reads every page of a list (for small directories such as reps and teams). */
export const fetchAll = async <T>(path: string, query: Query = {}, maxPages = 20): Promise<T[]> => {
  const items: T[] = [];
  let cursor: string | null | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const result: Page<T> = await api.get<Page<T>>(path, { ...query, limit: 200, cursor });
    items.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return items;
};
