import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/test-app.ts';

let t: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('health and documentation', () => {
  it('reports the database reachable and migrations current, without signing in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      database: { reachable: true, engine: 'pglite', migrationsCurrent: true },
      version: 'test',
    });
  });

  it('serves the OpenAPI 3 description of every resource and the Swagger UI', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      'teams',
      'reps',
      'territories',
      'products',
      'accounts',
      'leads',
      'opportunities',
      'activities',
      'users',
      'api-tokens',
    ]) {
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([`/api/v1/${path}`, `/api/v1/${path}/{id}`]),
      );
    }
    expect(doc.paths['/api/v1/leads'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['limit', 'cursor', 'sort', 'status', 'ownerRepId']),
    );
    const ui = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/html/);
  });

  it('tags every response with a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
