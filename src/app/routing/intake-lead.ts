import type { Actor } from '../actor.ts';
import type { AppDeps, Stores } from '../ports.ts';
import {
  type IntakeResult,
  type LeadIntake,
  repeatedIntake,
  takeInLeads,
} from './take-in-leads.ts';

/** The lead first taken in with this external id, and its latest decision (a retried post). */
export async function alreadyTaken(
  stores: Stores,
  workspaceId: string,
  externalId: string,
): Promise<IntakeResult | null> {
  const existing = await stores.routing.findByExternalId(workspaceId, externalId);
  return existing === null ? null : repeatedIntake(stores, existing);
}

/**
 * Takes in one lead and routes it by the published policy, in one transaction: the lead, its
 * owner, the routing log entry and the audit row commit together or not at all. A repeated
 * external id returns the lead created the first time (idempotent intake).
 */
export async function intakeLead(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  input: LeadIntake,
): Promise<IntakeResult> {
  const [answer] = await takeInLeads(deps, [{ actor, input }], { atomic: true });
  if (!answer?.ok) throw answer?.error;
  return answer.result;
}
