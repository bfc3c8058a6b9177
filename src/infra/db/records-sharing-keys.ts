/**
 * Records that share a matching key with any of some incoming leads: open leads (duplicates),
 * owned accounts (owner first) and leads closed with an owner since `closedSince`. With `asOf`,
 * as they stood then (created before it, open at that moment, closed before it).
 */
import { and, eq, gte, inArray, isNotNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { LeadKeys } from '../../domain/routing/matching-keys.ts';
import type { AccountRow, ClosedLeadRow, OpenLeadRow } from '../../domain/routing/pick-matches.ts';
import type { Db } from './open-database.ts';
import { accounts, leads } from './schema.ts';

const distinct = (values: readonly (string | null)[]) => [
  ...new Set(values.filter((v): v is string => v !== null)),
];

/** `column in (values)`, or nothing to match when there are no values. */
const within = (column: PgColumn, values: string[]): SQL | undefined =>
  values.length === 0 ? undefined : inArray(column, values);

export async function recordsSharingKeys(
  db: Db,
  workspaceId: string,
  keys: readonly (LeadKeys & { domain: string | null })[],
  closedSince: Date,
  asOf?: Date,
): Promise<{ openLeads: OpenLeadRow[]; accounts: AccountRow[]; closedLeads: ClosedLeadRow[] }> {
  const existed = (column: PgColumn) => (asOf ? lt(column, asOf) : undefined);
  const emails = distinct(keys.map((k) => k.emailKey));
  const phones = distinct(keys.map((k) => k.phoneKey));
  const companies = distinct(keys.map((k) => k.companyKey));
  const domains = distinct(keys.map((k) => k.domain));
  const leadKeyMatch = or(
    within(leads.emailKey, emails),
    within(leads.phoneKey, phones),
    within(leads.companyKey, companies),
  );
  if (leadKeyMatch === undefined) return { openLeads: [], accounts: [], closedLeads: [] };
  const leadColumns = {
    id: leads.id,
    ownerRepId: leads.ownerRepId,
    emailKey: leads.emailKey,
    phoneKey: leads.phoneKey,
    companyKey: leads.companyKey,
  };
  // One after another: intake reads these inside its transaction, on one connection.
  const openLeads = await db
    .select({ ...leadColumns, createdAt: leads.createdAt })
    .from(leads)
    .where(
      and(
        eq(leads.workspaceId, workspaceId),
        asOf
          ? and(
              lt(leads.createdAt, asOf),
              or(inArray(leads.status, ['assigned', 'working']), gte(leads.closedAt, asOf)),
            )
          : inArray(leads.status, ['assigned', 'working']),
        leadKeyMatch,
      ),
    );
  const accountMatch = or(
    within(accounts.domain, domains),
    phones.length === 0
      ? undefined
      : sql`${accounts.phoneKeys} && array[${sql.join(
          phones.map((p) => sql`${p}`),
          sql`, `,
        )}]::text[]`,
    within(accounts.companyKey, companies),
  );
  const accountRows =
    accountMatch === undefined
      ? []
      : await db
          .select({
            id: accounts.id,
            ownerRepId: accounts.ownerRepId,
            domain: accounts.domain,
            companyKey: accounts.companyKey,
            phoneKeys: accounts.phoneKeys,
            createdAt: accounts.createdAt,
          })
          .from(accounts)
          .where(
            and(
              eq(accounts.workspaceId, workspaceId),
              isNotNull(accounts.ownerRepId),
              existed(accounts.createdAt),
              accountMatch,
            ),
          );
  const closedLeads = await db
    .select({ ...leadColumns, closedAt: leads.closedAt })
    .from(leads)
    .where(
      and(
        eq(leads.workspaceId, workspaceId),
        eq(leads.status, 'closed'),
        isNotNull(leads.ownerRepId),
        gte(leads.closedAt, closedSince),
        existed(leads.closedAt),
        leadKeyMatch,
      ),
    );
  return { openLeads, accounts: accountRows, closedLeads };
}
