import type { OwnerHistoryRecord } from '../../domain/records/types.ts';
import type { Actor } from '../actor.ts';
import type { Stores } from '../ports.ts';
import { accountResource } from '../resources/customer-resources.ts';
import { leadResource } from '../resources/lead-resource.ts';
import { getRecord } from './get-record.ts';

const OWNED = { account: accountResource, lead: leadResource } as const;

/** Who owned a lead or account and when, newest first; only for records the actor may see. */
export async function listOwnerHistory(
  deps: { stores: Stores },
  actor: Actor,
  entity: keyof typeof OWNED,
  id: string,
): Promise<(OwnerHistoryRecord & { byName: string | null })[]> {
  await getRecord(deps, actor, OWNED[entity] as never, id);
  return deps.stores.ownerHistory.list(actor.workspace.id, entity, id);
}
