import type { Stores } from './ports.ts';

export type Health = { status: 'ok' | 'degraded'; reachable: boolean; migrationsCurrent: boolean };

/** Whether the database answers and every committed migration is applied. */
export async function checkHealth(deps: { stores: Stores }): Promise<Health> {
  const reachable = await deps.stores.health.ping().catch(() => false);
  const migrationsCurrent = reachable ? await deps.stores.health.migrationsCurrent() : false;
  return {
    status: reachable && migrationsCurrent ? 'ok' : 'degraded',
    reachable,
    migrationsCurrent,
  };
}
