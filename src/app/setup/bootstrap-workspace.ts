import type { DemoData } from '../../domain/demo/demo-types.ts';
import { generateDemo } from '../../domain/demo/generate-demo.ts';
import { newSecret } from '../auth/secrets.ts';
import type { AppDeps, Stores } from '../ports.ts';

/** Writes a generated demo workspace in one transaction. */
export type DemoWriter = { write(data: DemoData, passwordHash: string): Promise<void> };

export type BootstrapResult =
  | { created: false }
  | { created: true; workspaceId: string; adminEmail: string; password: string; demo: boolean };

export const DEMO_SEED = 20260301;

/** The audit row of a workspace created by the system rather than a user. */
async function systemAudit(
  stores: Stores,
  workspace: { id: string; name: string },
  at: Date,
  extra: object,
) {
  await stores.audit.append({
    workspaceId: workspace.id,
    actorUserId: null,
    actorLabel: 'system',
    action: 'create',
    entity: 'workspace',
    entityId: workspace.id,
    before: null,
    after: { name: workspace.name, ...extra },
    at,
    requestId: null,
  });
}
export const EMPTY_ADMIN_EMAIL = 'admin@allot.local';

/**
 * Prepares an empty database on first start: the demo workspace (every demo user shares one
 * password) or an empty workspace with one administrator. The password is random unless one
 * is given, and is shown once. A database that already has a workspace is left alone.
 */
export async function bootstrapWorkspace(
  deps: Pick<AppDeps, 'stores' | 'transact' | 'clock' | 'hasher'> & { demoWriter: DemoWriter },
  options: { demo: boolean; password?: string | undefined },
): Promise<BootstrapResult> {
  if ((await deps.stores.workspaces.first()) !== null) return { created: false };
  const now = deps.clock.now();
  const password = options.password ?? newSecret().slice(0, 16);
  const passwordHash = await deps.hasher.hash(password);
  if (options.demo) {
    const data = generateDemo({ seed: DEMO_SEED, now });
    await deps.demoWriter.write(data, passwordHash);
    const admin = data.users.find((u) => u.role === 'admin');
    await systemAudit(deps.stores, data.workspace, now, {
      demo: true,
      seed: DEMO_SEED,
      admin: admin?.email,
    });
    return {
      created: true,
      workspaceId: data.workspace.id,
      adminEmail: admin?.email ?? '',
      password,
      demo: true,
    };
  }
  return deps.transact(async (stores) => {
    const workspace = await stores.workspaces.insert({
      name: 'Allot',
      timezone: 'Asia/Shanghai',
      locale: 'zh-CN',
      currency: 'CNY',
    });
    const admin = await stores.users.insert(workspace.id, {
      email: EMPTY_ADMIN_EMAIL,
      name: '管理员',
      passwordHash,
      role: 'admin',
      dataScope: 'all',
      teamId: null,
      repId: null,
      active: true,
      locale: 'zh-CN',
    });
    await systemAudit(stores, workspace, now, { admin: admin.email });
    return {
      created: true,
      workspaceId: workspace.id,
      adminEmail: admin.email,
      password,
      demo: false,
    };
  });
}
