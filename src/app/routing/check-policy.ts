import { type PolicyDocument, policyFromDocument } from '../../domain/routing/policy-document.ts';
import { validatePolicy } from '../../domain/routing/validate-policy.ts';
import { validationError } from '../errors.ts';
import type { Stores } from '../ports.ts';

/**
 * Refuses a routing policy that names reps, teams or pools the workspace does not have, or
 * whose rules cannot work, listing every problem with its place in the document.
 */
export async function checkPolicy(
  stores: Stores,
  workspaceId: string,
  document: PolicyDocument,
): Promise<void> {
  const org = await stores.org.load(workspaceId);
  const problems = validatePolicy(policyFromDocument(document), {
    repIds: new Set(org.reps.map((r) => r.id)),
    teamIds: new Set(org.teams.map((t) => t.id)),
    poolIds: new Set(),
  });
  if (problems.length > 0) {
    throw validationError(
      problems.map((p) => ({ path: p.path, message: p.message, code: p.code })),
    );
  }
}
