import type { NotificationRecord } from '../../domain/records/types.ts';
import type { RoutingDecision } from '../../domain/routing/decision.ts';
import type { Stores } from '../ports.ts';

type Notice = Omit<NotificationRecord, 'id' | 'readAt' | 'userId' | 'workspaceId'> & {
  toRep: string;
};

/**
 * Tells the people a routing decision concerns: the rep who got the lead, that rep's mentor
 * when the rep is a junior, and the owner of the open lead a duplicate repeats. Reps without
 * a user account have no inbox and are skipped.
 */
export async function notifyRouting(
  stores: Stores,
  workspaceId: string,
  entry: { leadId: string; leadName: string; decision: RoutingDecision; at: Date },
): Promise<void> {
  const { decision, leadId, leadName, at } = entry;
  const notices: Notice[] = [];
  if (decision.outcome === 'assigned') {
    notices.push({
      toRep: decision.repId,
      kind: 'lead_assigned',
      leadId,
      repId: decision.repId,
      params: { lead: leadName },
      at,
    });
    const rep = await stores.reps.get(workspaceId, decision.repId);
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
  } else if (decision.outcome === 'duplicate' && decision.notify !== null) {
    notices.push({
      toRep: decision.notify,
      kind: 'duplicate_lead',
      leadId: decision.of,
      repId: decision.notify,
      params: { lead: leadName },
      at,
    });
  }
  await sendToReps(stores, workspaceId, notices);
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
