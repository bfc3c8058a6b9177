import type { NotificationRecord } from '../../domain/records/types.ts';
import type { RoutingDecision } from '../../domain/routing/decision.ts';
import type { Stores } from '../ports.ts';

export type Notice = Omit<NotificationRecord, 'id' | 'readAt' | 'userId' | 'workspaceId'> & {
  toRep: string;
};

/** What notices need to know of the rep who got a lead. */
export type AssignedRep = {
  readonly id: string;
  readonly name: string;
  readonly level: string;
  readonly mentorId: string | null;
};

type RoutingEntry = { leadId: string; leadName: string; decision: RoutingDecision; at: Date };

/**
 * Who a routing decision concerns: the rep who got the lead, that rep's mentor when the rep is a
 * junior, and the owner of the open lead a duplicate repeats.
 */
export function routingNotices(entry: RoutingEntry, rep: AssignedRep | null): Notice[] {
  const { decision, leadId, leadName, at } = entry;
  if (decision.outcome === 'assigned') {
    const notices: Notice[] = [
      {
        toRep: decision.repId,
        kind: 'lead_assigned',
        leadId,
        repId: decision.repId,
        params: { lead: leadName },
        at,
      },
    ];
    if (rep?.level === 'junior' && rep.mentorId !== null) {
      notices.push({
        toRep: rep.mentorId,
        kind: 'mentee_assigned',
        leadId,
        repId: rep.id,
        params: { lead: leadName, rep: rep.name },
        at,
      });
    }
    return notices;
  }
  if (decision.outcome === 'duplicate' && decision.notify !== null) {
    return [
      {
        toRep: decision.notify,
        kind: 'duplicate_lead',
        leadId: decision.of,
        repId: decision.notify,
        params: { lead: leadName },
        at,
      },
    ];
  }
  return [];
}

/** Tells the people a routing decision concerns. Reps without a user account have no inbox. */
export async function notifyRouting(
  stores: Stores,
  workspaceId: string,
  entry: RoutingEntry,
): Promise<void> {
  const { decision } = entry;
  const rep =
    decision.outcome === 'assigned' ? await stores.reps.get(workspaceId, decision.repId) : null;
  await sendToReps(stores, workspaceId, routingNotices(entry, rep));
}

/** Sends notices addressed to reps to their user accounts. */
export async function sendToReps(
  stores: Stores,
  workspaceId: string,
  notices: readonly Notice[],
): Promise<void> {
  if (notices.length === 0) return;
  const users = await stores.notifications.usersOfReps(workspaceId, [
    ...new Set(notices.map((n) => n.toRep)),
  ]);
  await stores.notifications.send(
    notices.flatMap(({ toRep, ...notice }) => {
      const userId = users.get(toRep);
      return userId === undefined ? [] : [{ ...notice, workspaceId, userId }];
    }),
  );
}
