/**
 * Routing replayed over a sequence of leads on a copy of the routing state: each decision
 * sees the load the earlier ones made, window counts restart when the business day, ISO week
 * or month changes, and a lead replayed earlier is an open lead (for dedup) to the ones after.
 * Previews and backtests call this; nothing is written.
 */
import { windowKeys } from '../shared/calendar.ts';
import type { TreeNode } from '../shared/tree.ts';
import { applyAssignment } from './apply-assignment.ts';
import { decide } from './decide.ts';
import type { RoutingDecision } from './decision.ts';
import type { LeadKeys } from './matching-keys.ts';
import {
  type AccountRow,
  type ClosedLeadRow,
  type OpenLeadRow,
  pickMatches,
} from './pick-matches.ts';
import type { RoutingPolicy, RoutingRep } from './policy.ts';

export type ReplayLead = {
  /** The stored lead's id, or a label for a lead that exists only in the replay. */
  readonly ref: string;
  readonly at: Date;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly keys: LeadKeys;
  /** Stored records sharing a key, as they stood before the replay (replayed leads left out). */
  readonly found: {
    readonly openLeads: readonly OpenLeadRow[];
    readonly accounts: readonly AccountRow[];
    readonly closedLeads: readonly ClosedLeadRow[];
  };
};

export type ReplayStart = {
  readonly policy: RoutingPolicy;
  readonly timeZone: string;
  /** Reps with their load as it stood at the first lead's time. */
  readonly reps: readonly RoutingRep[];
  readonly teams: readonly TreeNode[];
};

type Windows = ReturnType<typeof windowKeys>;

/** Counts of windows that have ended start again from zero. */
function rollOver(
  reps: readonly RoutingRep[],
  was: Windows,
  now: Windows,
  countWindow: keyof Windows,
) {
  if (was.day === now.day && was.week === now.week && was.month === now.month) return reps;
  return reps.map((rep) => ({
    ...rep,
    assigned: {
      day: was.day === now.day ? rep.assigned.day : 0,
      week: was.week === now.week ? rep.assigned.week : 0,
      month: was.month === now.month ? rep.assigned.month : 0,
    },
    ruleCounts: was[countWindow] === now[countWindow] ? rep.ruleCounts : {},
  }));
}

export function replayRouting(
  start: ReplayStart,
  leads: readonly ReplayLead[],
): { ref: string; decision: RoutingDecision }[] {
  let reps = start.reps;
  let windows: Windows | null = null;
  const replayedOpen: OpenLeadRow[] = [];
  return leads.map((lead) => {
    const now = windowKeys(lead.at, start.timeZone);
    if (windows !== null) reps = rollOver(reps, windows, now, start.policy.countWindow);
    windows = now;
    const found = { ...lead.found, openLeads: [...lead.found.openLeads, ...replayedOpen] };
    const decision = decide({
      now: lead.at,
      timeZone: start.timeZone,
      policy: start.policy,
      reps,
      teams: start.teams,
      lead: lead.fields,
      matches: pickMatches(lead.keys, found, lead.at),
      excluded: new Set(),
    });
    if (decision.outcome === 'assigned') {
      reps = applyAssignment(reps, decision, lead.at);
      replayedOpen.push({
        ...lead.keys,
        id: lead.ref,
        ownerRepId: decision.repId,
        createdAt: lead.at,
      });
    }
    return { ref: lead.ref, decision };
  });
}
