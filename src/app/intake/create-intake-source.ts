import type { IntakeSourceRecord } from '../../domain/records/types.ts';
import { type Actor, requireAdmin } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { newSecret } from '../auth/secrets.ts';
import type { AppDeps } from '../ports.ts';

/** Adds a web form or partner that may post leads; its signing secret is returned once. */
export async function createIntakeSource(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  input: { name: string },
): Promise<IntakeSourceRecord> {
  requireAdmin(actor);
  const now = deps.clock.now();
  return deps.transact(async (stores) => {
    const source = await stores.intakeSources.insert(actor.workspace.id, {
      name: input.name,
      secret: newSecret('whsec_'),
      active: true,
    });
    await writeAudit(stores, actor, {
      action: 'create',
      entity: 'intake_source',
      entityId: source.id,
      after: { name: source.name },
      at: now,
    });
    return source;
  });
}
