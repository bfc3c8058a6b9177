import { afterEach, describe, expect, it } from 'vitest';
import { bootstrapWorkspace } from '../../src/app/setup/bootstrap-workspace.ts';
import { writeDemo } from '../../src/infra/db/demo-writer.ts';
import type { Database } from '../../src/infra/db/open-database.ts';
import { depsFor } from '../../src/main/build-deps.ts';
import { fixedClock } from '../helpers/fixed-clock.ts';
import { freshDatabase } from '../helpers/test-db.ts';

let database: Database | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

async function setup() {
  database = await freshDatabase();
  const db = database.db;
  const deps = {
    ...depsFor(database, 24, fixedClock('2026-03-02T01:00:00Z')),
    demoWriter: { write: (data: never, hash: string) => writeDemo(db, data, hash) },
  };
  return deps;
}

describe('bootstrapWorkspace', () => {
  it('seeds the demo once, with a random password that signs the admin in; the next start leaves it alone', async () => {
    const deps = await setup();
    const first = await bootstrapWorkspace(deps, { demo: true });
    if (!first.created) throw new Error('expected a new workspace');
    expect(first.adminEmail).toBe('admin@demo.allot.local');
    expect(first.password).toMatch(/^[\w-]{16}$/);
    const admin = await deps.stores.users.findByEmail(first.adminEmail);
    expect(await deps.hasher.verify(admin!.passwordHash, first.password)).toBe(true);
    const leads = await deps.stores.leads.list({
      workspaceId: first.workspaceId,
      filters: {},
      sort: { field: 'createdAt', desc: true },
      limit: 1,
      visible: 'all',
    });
    expect(leads.total).toBe(2000);
    const metrics = await deps.stores.metrics.list(first.workspaceId);
    expect(metrics.filter((m) => m.builtin)).toHaveLength(6);

    const audit = await deps.stores.audit.list({ workspaceId: first.workspaceId, limit: 5 });
    expect(audit.map((a) => [a.action, a.entity, a.actorLabel])).toEqual([
      ['create', 'workspace', 'system'],
    ]);

    expect(await bootstrapWorkspace(deps, { demo: true })).toEqual({ created: false });
    const again = await deps.stores.leads.list({
      workspaceId: first.workspaceId,
      filters: {},
      sort: { field: 'createdAt', desc: true },
      limit: 1,
      visible: 'all',
    });
    expect(again.total).toBe(2000);
  });

  it('two installations get different passwords', async () => {
    const a = await bootstrapWorkspace(await setup(), { demo: false });
    await database?.close();
    const b = await bootstrapWorkspace(await setup(), { demo: false });
    expect(a.created && b.created && a.password !== b.password).toBe(true);
  });

  it('without the demo creates an empty workspace with one administrator and an audit row', async () => {
    const deps = await setup();
    const result = await bootstrapWorkspace(deps, { demo: false, password: 'chosen-password-1' });
    if (!result.created) throw new Error('expected a new workspace');
    const users = await deps.stores.users.list({
      workspaceId: result.workspaceId,
      filters: {},
      sort: { field: 'email', desc: false },
      limit: 10,
      visible: 'all',
    });
    expect(users.rows.map((u) => [u.email, u.role])).toEqual([['admin@allot.local', 'admin']]);
    expect(await deps.hasher.verify(users.rows[0]!.passwordHash, 'chosen-password-1')).toBe(true);
    const metrics = await deps.stores.metrics.list(result.workspaceId);
    expect(metrics.map((m) => m.key).sort()).toEqual([
      'calls',
      'lead_conversion',
      'new_customers',
      'revenue',
      'satisfaction',
      'visits',
    ]);
    const audit = await deps.stores.audit.list({ workspaceId: result.workspaceId, limit: 5 });
    expect(audit.map((a) => [a.action, a.entity, a.actorLabel])).toEqual([
      ['create', 'workspace', 'system'],
    ]);
  });
});
