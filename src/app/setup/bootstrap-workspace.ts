import type { DemoData } from '../../domain/demo/demo-types.ts';
import { generateDemo } from '../../domain/demo/generate-demo.ts';
import { newSecret } from '../auth/secrets.ts';
import { addDefaultMetrics } from '../metrics/catalogue.ts';
import type { AppDeps } from '../ports.ts';
import { auditWorkspaceCreated, createWorkspaceWithAdmin } from './create-workspace.ts';

/** Writes a generated demo workspace in one transaction. */
export type DemoWriter = { write(data: DemoData, passwordHash: string): Promise<void> };

export type BootstrapResult =
  | { created: false }
  | { created: true; workspaceId: string; adminEmail: string; password: string; demo: boolean };

export const DEMO_SEED = 20260301;

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
    await addDefaultMetrics(deps.stores, data.workspace);
    const admin = data.users.find((u) => u.role === 'admin');
    await auditWorkspaceCreated(deps.stores, data.workspace, now, {
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
    const { workspace, admin } = await createWorkspaceWithAdmin(
      stores,
      { email: EMPTY_ADMIN_EMAIL, name: '管理员', passwordHash },
      now,
    );
    return {
      created: true,
      workspaceId: workspace.id,
      adminEmail: admin.email,
      password,
      demo: false,
    };
  });
}
