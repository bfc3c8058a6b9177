/** The routing log as a list: every decision, newest first; managers and admins, inside their data scope. */
import type { AssignmentRecord } from '../../domain/records/types.ts';
import type { ReadResource } from '../records/resource.ts';

export const routingLogResource: ReadResource<AssignmentRecord, never> = {
  entity: 'lead',
  notFound: 'lead.not_found',
  defaultSort: '-at',
  store: (s) => s.routingLog,
  scopeOwner: (entry) => entry.repId,
  canRead: (actor) => actor.user.role !== 'rep',
};
