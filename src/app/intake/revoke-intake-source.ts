import type { IntakeSourceRecord } from '../../domain/records/types.ts';
import { type Actor, requireAdmin } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import type { AppDeps } from '../ports.ts';
import { loadVisible } from '../records/load-visible.ts';
import { intakeSourceResource } from './intake-source-resource.ts';

/** Stops a source at once: its signed posts are refused from now on. */
export async function revokeIntakeSource(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  id: string,
): Promise<IntakeSourceRecord> {
  requireAdmin(actor);
  const now = deps.clock.now();
  return deps.transact(async (stores) => {
    const before = await loadVisible(stores, actor, intakeSourceResource, id, 'all');
    if (!before.active) return before;
    const after = await stores.intakeSources.update(actor.workspace.id, id, { active: false });
    await writeAudit(stores, actor, {
      action: 'revoke',
      entity: 'intake_source',
      entityId: id,
      before: { active: true },
      after: { active: false },
      at: now,
    });
    return after;
  });
}
