/** Intake sources (web forms, partners): admins list and read them; the secret is never listed. */
import type { IntakeSourceRecord } from '../../domain/records/types.ts';
import type { ReadResource } from '../records/resource.ts';

export const intakeSourceResource: ReadResource<IntakeSourceRecord, never> = {
  entity: 'intake_source',
  notFound: 'intake_source.not_found',
  defaultSort: '-createdAt',
  store: (s) => s.intakeSources as never,
  canRead: (actor) => actor.user.role === 'admin',
};
