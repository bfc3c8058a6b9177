import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganisation } from '../factories.ts';
import { as, signIn, startTestApp } from '../helpers/test-app.ts';

let t: Awaited<ReturnType<typeof startTestApp>>;
let w: Awaited<ReturnType<typeof anOrganisation>>;
let admin: ReturnType<typeof as>;

beforeAll(async () => {
  t = await startTestApp();
  w = await anOrganisation(t.deps.stores);
  admin = as(t.app, await signIn(t.app, w.users.admin.email));
});
afterAll(() => t.close());

const policy = () => ({
  rules: [
    {
      id: 'shanghai',
      when: { field: 'region', op: 'eq', value: '上海' },
      to: { teams: [w.teams.east.id] },
      method: 'weighted',
    },
  ],
  fallback: `rep:${w.reps.southRep.id}`,
});

describe('routing policy versions', () => {
  it('refuses an invalid draft with every problem listed, and saves nothing', async () => {
    const res = await admin({
      method: 'PUT',
      url: '/api/v1/routing/policy/draft',
      payload: {
        rules: [
          {
            id: 'a',
            when: { field: 'score', op: 'gte', value: 'high' },
            to: { teams: ['00000000-0000-4000-8000-000000000009'] },
            method: 'round_robin',
          },
          { id: 'a', to: { reps: [] }, method: 'least_loaded', overflow: 'pool:sea' },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res.json().error.details.issues.map((i: { path: string; code: string }) => [i.path, i.code]),
    ).toEqual([
      ['rules[0].when.value', 'operator_mismatch'],
      ['rules[0].to.teams[0]', 'unknown_team'],
      ['rules[1].id', 'duplicate_rule_id'],
      ['rules[1].to.reps', 'empty_pool'],
      ['rules[1].overflow', 'unknown_pool'],
    ]);
    expect((await admin({ method: 'GET', url: '/api/v1/routing/policy' })).json()).toEqual({
      draft: null,
      published: null,
    });
  });

  it('saves a draft, publishes it with an audit row, and archives it when the next one is published', async () => {
    const draft = await admin({
      method: 'PUT',
      url: '/api/v1/routing/policy/draft',
      payload: policy(),
    });
    expect(draft.statusCode).toBe(200);
    expect(draft.json()).toMatchObject({ version: 1, status: 'draft' });
    const published = await admin({ method: 'POST', url: '/api/v1/routing/policy/publish' });
    expect(published.json()).toMatchObject({
      version: 1,
      status: 'published',
      publishedBy: w.users.admin.id,
    });
    expect((await admin({ method: 'GET', url: '/api/v1/routing/policy' })).json()).toMatchObject({
      draft: null,
      published: { version: 1, document: policy() },
    });

    const second = { ...policy(), dedup: false };
    expect(
      (await admin({ method: 'PUT', url: '/api/v1/routing/policy/draft', payload: second })).json()
        .version,
    ).toBe(2);
    await admin({ method: 'POST', url: '/api/v1/routing/policy/publish' });
    const versions = (await admin({ method: 'GET', url: '/api/v1/routing/policy/versions' })).json()
      .items;
    expect(versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual(
      [
        [2, 'published'],
        [1, 'archived'],
      ],
    );
    const audit = (
      await admin({ method: 'GET', url: '/api/v1/audit?entity=routing_policy&action=publish' })
    ).json().items[0];
    expect(audit.before).toMatchObject({ version: 1 });
    expect(audit.after).toMatchObject({ version: 2, document: { dedup: false } });
  });

  it('has nothing to publish without a draft', async () => {
    const res = await admin({ method: 'POST', url: '/api/v1/routing/policy/publish' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('routing.no_draft');
  });

  it('managers read the policy; only admins change it; reps see none of it', async () => {
    const manager = as(t.app, await signIn(t.app, w.users.eastManager.email));
    expect((await manager({ method: 'GET', url: '/api/v1/routing/policy' })).statusCode).toBe(200);
    expect(
      (await manager({ method: 'PUT', url: '/api/v1/routing/policy/draft', payload: policy() }))
        .statusCode,
    ).toBe(403);
    const rep = as(t.app, await signIn(t.app, w.users.sh1.email));
    expect((await rep({ method: 'GET', url: '/api/v1/routing/policy' })).json().error.code).toBe(
      'auth.forbidden',
    );
  });
});
