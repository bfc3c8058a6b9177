import type { Actor } from '../actor.ts';
import type { AppDeps } from '../ports.ts';
import type { IdMaps } from './setup-scenario.ts';

/** Every lead, account and rep of the scenario as it stands at the end. */
export async function finalState(deps: AppDeps, actor: Actor, ids: IdMaps) {
  const workspaceId = actor.workspace.id;
  const scenarioId = (id: string | null) => (id === null ? null : (ids.back.get(id) ?? id));
  const leads: Record<string, { owner: string | null; status: string }> = {};
  const open = new Map<string, number>();
  for (const [id, dbId] of ids.leads) {
    const lead = await deps.stores.leads.get(workspaceId, dbId);
    if (lead === null) continue;
    leads[id] = { owner: scenarioId(lead.ownerRepId), status: lead.status };
    if (lead.ownerRepId && (lead.status === 'assigned' || lead.status === 'working')) {
      open.set(lead.ownerRepId, (open.get(lead.ownerRepId) ?? 0) + 1);
    }
  }
  const accounts: Record<string, { owner: string | null; pool: string | null }> = {};
  const owned = new Map<string, number>();
  for (const [id, dbId] of ids.accounts) {
    const account = await deps.stores.accounts.get(workspaceId, dbId);
    if (account === null) continue;
    accounts[id] = { owner: scenarioId(account.ownerRepId), pool: account.poolId };
    if (account.ownerRepId) owned.set(account.ownerRepId, (owned.get(account.ownerRepId) ?? 0) + 1);
  }
  const reps: Record<string, { open: number; accounts: number }> = {};
  for (const [id, dbId] of ids.reps)
    reps[id] = { open: open.get(dbId) ?? 0, accounts: owned.get(dbId) ?? 0 };
  return { leads, accounts, reps };
}
