import type { UserRecord, WorkspaceRecord } from '../../domain/records/types.ts';
import { addDefaultMetrics } from '../metrics/catalogue.ts';
import type { Stores } from '../ports.ts';

/** Settings of a workspace created without the demo: 上海 business time, Chinese, 人民币. */
export const NEW_WORKSPACE = {
  name: 'Allot',
  timezone: 'Asia/Shanghai',
  locale: 'zh-CN',
  currency: 'CNY',
} as const;

/** The audit row of a workspace created by the system rather than by a signed-in user. */
export async function auditWorkspaceCreated(
  stores: Stores,
  workspace: { id: string; name: string },
  at: Date,
  after: object,
): Promise<void> {
  await stores.audit.append({
    workspaceId: workspace.id,
    actorUserId: null,
    actorLabel: 'system',
    action: 'create',
    entity: 'workspace',
    entityId: workspace.id,
    before: null,
    after: { name: workspace.name, ...after },
    at,
    requestId: null,
  });
}

/**
 * An empty workspace with the default metrics and its first administrator (scope 全部),
 * written with the given stores — call it inside a transaction. Used on first start without the
 * demo and by `allot user add` on an empty database.
 */
export async function createWorkspaceWithAdmin(
  stores: Stores,
  admin: { email: string; name: string; passwordHash: string },
  at: Date,
): Promise<{ workspace: WorkspaceRecord; admin: UserRecord }> {
  const workspace = await stores.workspaces.insert(NEW_WORKSPACE);
  const user = await stores.users.insert(workspace.id, {
    email: admin.email.toLowerCase(),
    name: admin.name,
    passwordHash: admin.passwordHash,
    role: 'admin',
    dataScope: 'all',
    teamId: null,
    repId: null,
    active: true,
    locale: workspace.locale,
  });
  await addDefaultMetrics(stores, workspace);
  await auditWorkspaceCreated(stores, workspace, at, { admin: user.email });
  return { workspace, admin: user };
}
