import type { RoutingContext } from '../../domain/routing/decide.ts';
import { companyDomainOf, type LeadKeys } from '../../domain/routing/matching-keys.ts';
import { CLOSED_LEAD_OWNER_DAYS, pickMatches } from '../../domain/routing/pick-matches.ts';
import type { RoutingPolicy } from '../../domain/routing/policy.ts';
import { routingWindows } from '../../domain/routing/routing-windows.ts';
import type { Stores } from '../ports.ts';

/**
 * Everything decide() needs for one lead at `now`: reps with their load counted in the
 * workspace's business calendar, the team tree, and the records the lead's keys match.
 */
export async function loadRoutingContext(
  stores: Stores,
  input: {
    workspaceId: string;
    timeZone: string;
    now: Date;
    policy: RoutingPolicy;
    lead: Record<string, unknown>;
    keys: LeadKeys;
    excluded?: ReadonlySet<string>;
  },
): Promise<RoutingContext> {
  const { workspaceId, timeZone, now, policy, keys } = input;
  // One after another: routing runs inside the intake transaction, on a single connection.
  const reps = await stores.routing.reps(
    workspaceId,
    routingWindows(now, timeZone, policy.countWindow),
  );
  const teams = await stores.teams.all(workspaceId);
  const found = await stores.routing.candidates(
    workspaceId,
    { ...keys, domain: companyDomainOf(keys.emailKey) },
    new Date(now.getTime() - CLOSED_LEAD_OWNER_DAYS * 86_400_000),
  );
  return {
    now,
    timeZone,
    policy,
    reps,
    teams,
    lead: input.lead,
    matches: pickMatches(keys, found, now),
    excluded: input.excluded ?? new Set(),
  };
}
