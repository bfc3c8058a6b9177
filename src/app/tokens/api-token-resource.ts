/** API tokens for integrations: admins list them; creation and revocation have their own use cases. */
import type { ApiTokenRecord } from '../../domain/records/types.ts';
import type { ApiTokenWrite } from '../ports.ts';
import type { ReadResource } from '../records/resource.ts';

export const apiTokenResource: ReadResource<ApiTokenRecord, ApiTokenWrite> = {
  entity: 'api_token',
  notFound: 'api_token.not_found',
  defaultSort: '-createdAt',
  store: (s) => s.apiTokens,
  canRead: (actor) => actor.user.role === 'admin',
};
