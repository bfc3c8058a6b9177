import { type Actor, requireAdmin } from '../actor.ts';
import type { AppDeps } from '../ports.ts';
import { type IntakeResult, type LeadIntake, takeInLeads } from './take-in-leads.ts';

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
  const answers = await takeInLeads(
    deps,
    leads.map((input) => ({ actor, input })),
    { atomic: true },
  );
  return answers.map((answer) => {
    if (!answer.ok) throw answer.error;
    return answer.result;
  });
}
