import type { LeadRecord } from '../../domain/records/types.ts';
import { type Actor, visibleRepsOf } from '../actor.ts';
import type { AppDeps } from '../ports.ts';
import { createRecord } from '../records/create-record.ts';
import { leadResource } from '../resources/lead-resource.ts';
import { alreadyTaken } from './intake-lead.ts';
import type { IntakeQueue } from './intake-queue.ts';
import type { IntakeResult, LeadIntake } from './take-in-leads.ts';

type LeadInput = LeadIntake & { ownerRepId?: string | null; status?: LeadRecord['status'] };

/**
 * `POST /leads`: a lead given an owner or a status is entered by hand; otherwise it is intake
 * and routing decides, for users who see the whole workspace (admins, integrations), together
 * with the leads sent at the same time. Others enter their own leads, owned by their rep.
 */
export async function createLead(
  deps: Pick<AppDeps, 'transact' | 'clock' | 'stores'>,
  intake: IntakeQueue,
  actor: Actor,
  input: LeadInput,
): Promise<IntakeResult> {
  const byHand = input.ownerRepId !== undefined || input.status !== undefined;
  if (!byHand && (await visibleRepsOf(deps.stores, actor)) === 'all')
    return intake.submit(actor, input);
  if (input.externalId) {
    const seen = await alreadyTaken(deps.stores, actor.workspace.id, input.externalId);
    if (seen) return seen;
  }
  const lead = await createRecord(deps, actor, leadResource, input);
  return { lead, decision: null, text: null, ignored: false };
}
