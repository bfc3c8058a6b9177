import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '../test-fetch.ts';
import { ApiError, api, parseErrorResponse, setCsrfToken, toQueryString } from './client.ts';

describe('parseErrorResponse', () => {
  it('reads code, message and details from the error body', async () => {
    const response = new Response(
      JSON.stringify({
        error: {
          code: 'validation.failed',
          message: 'invalid input',
          details: { issues: [{ path: 'away.0.to', message: 'from must be before to' }] },
        },
      }),
      { status: 400 },
    );
    const error = await parseErrorResponse(response);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'validation.failed',
      message: 'invalid input',
      status: 400,
    });
    expect(error.details).toEqual({
      issues: [{ path: 'away.0.to', message: 'from must be before to' }],
    });
  });

  it('falls back to an "http" error when the body is not an error body', async () => {
    const error = await parseErrorResponse(
      new Response('<html>bad gateway</html>', { status: 502 }),
    );
    expect(error).toMatchObject({ code: 'http', status: 502 });
  });
});

describe('api', () => {
  it('sends the CSRF token on unsafe methods only, with same-origin credentials', async () => {
    const { calls, fetchStub } = stubFetch({
      'GET /api/v1/leads': json(200, { items: [], nextCursor: null, total: 0 }),
      'PATCH /api/v1/reps/r1': json(200, { id: 'r1' }),
    });
    setCsrfToken('token-1');
    await api.get('/leads', { status: 'new', q: '', cursor: undefined });
    await api.patch('/reps/r1', { capPerDay: null });
    setCsrfToken(null);

    expect(calls[0]?.url).toBe('/api/v1/leads?status=new');
    expect(calls[0]?.headers['X-CSRF-Token']).toBeUndefined();
    expect(calls[1]?.headers['X-CSRF-Token']).toBe('token-1');
    expect(calls[1]?.body).toEqual({ capPerDay: null });
    expect(fetchStub.mock.calls[1]?.[1]).toMatchObject({ credentials: 'same-origin' });
  });

  it('throws an ApiError with the server code', async () => {
    stubFetch({
      'POST /api/v1/auth/login': json(429, {
        error: { code: 'auth.throttled', message: 'too many attempts' },
      }),
    });
    await expect(api.post('/auth/login', { email: 'a@b.cn', password: 'x' })).rejects.toMatchObject(
      {
        code: 'auth.throttled',
        status: 429,
      },
    );
  });

  it('reports a network failure as code "network"', async () => {
    const { fetchStub } = stubFetch({});
    fetchStub.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(api.get('/teams')).rejects.toMatchObject({ code: 'network', status: 0 });
  });
});

describe('toQueryString', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(toQueryString({ a: 1, b: '', c: null, d: undefined, q: '张 三', won: false })).toBe(
      '?a=1&q=%E5%BC%A0+%E4%B8%89&won=false',
    );
    expect(toQueryString({})).toBe('');
  });
});
