import type { RoutingDecision } from '../../domain/routing/decision.ts';
import type { PolicyDocument } from '../../domain/routing/policy-document.ts';
import type { Locale } from '../../domain/shared/vocabulary.ts';
import type { Actor } from '../actor.ts';
import type { Stores } from '../ports.ts';
import { type ListInput, listRecords } from '../records/list-records.ts';
import { entryText, explanationNames } from './explanation-names.ts';
import { routingLogResource } from './routing-log-resource.ts';

/** A page of the routing log with each decision explained in the reader's language and the lead named. */
export async function listRoutingLog(
  deps: { stores: Stores },
  actor: Actor,
  input: ListInput & { locale?: Locale | undefined },
) {
  const { locale = actor.user.locale, ...query } = input;
  const page = await listRecords(deps, actor, routingLogResource, query);
  const workspaceId = actor.workspace.id;
  const leadIds = [...new Set(page.items.map((e) => e.leadId))];
  const [versions, leads] = await Promise.all([
    deps.stores.routingPolicies.versions(workspaceId),
    leadIds.length === 0
      ? Promise.resolve({ rows: [] })
      : deps.stores.leads.list({
          workspaceId,
          filters: { ids: leadIds },
          sort: { field: 'createdAt', desc: false },
          limit: leadIds.length,
          visible: 'all',
        }),
  ]);
  const documents = new Map(versions.map((v) => [v.version, v.document as PolicyDocument]));
  const decisions = page.items
    .filter((e) => e.outcome !== 'sla_expired')
    .map((e) => e.decision as unknown as RoutingDecision);
  const versionOf = new Map(
    page.items.map((e) => [e.decision as unknown as RoutingDecision, e.policyVersion ?? -1]),
  );
  const names = await explanationNames(
    deps.stores,
    workspaceId,
    decisions,
    (d) => documents.get(versionOf.get(d) ?? -1),
    page.items.map((e) => e.repId),
  );
  const leadNames = new Map(leads.rows.map((l) => [l.id, l.name]));
  return {
    ...page,
    items: page.items.map((entry) => {
      const text = entryText(entry, names(entry.decision as unknown as RoutingDecision), locale);
      return { ...entry, leadName: leadNames.get(entry.leadId) ?? null, text };
    }),
  };
}
