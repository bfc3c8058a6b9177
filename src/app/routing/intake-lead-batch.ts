import { type Actor, requireAdmin } from '../actor.ts';
import type { AppDeps } from '../ports.ts';
import { type IntakeResult, intakeLead, type LeadIntake } from './intake-lead.ts';

export const MAX_BATCH = 1000;

/**
 * Takes in up to 1,000 leads (a trade-show list, an import) and routes them in the order given,
 * all in one transaction: if one fails, none is kept. Admins and integration tokens only.
 */
export async function intakeLeadBatch(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  leads: readonly LeadIntake[],
): Promise<IntakeResult[]> {
  requireAdmin(actor);
  return deps.transact(async (stores) => {
    const inThisTransaction = {
      ...deps,
      transact: <T>(work: (s: typeof stores) => Promise<T>) => work(stores),
    };
    const results: IntakeResult[] = [];
    for (const lead of leads) results.push(await intakeLead(inThisTransaction, actor, lead));
    return results;
  });
}
