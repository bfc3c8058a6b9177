/** The stores of every record kind on one database handle (or one transaction). */
import { and, desc, eq, getTableColumns, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { NewAuditEntry, RepWrite, Stores, Transact } from '../../app/ports.ts';
import type { IntakeSourceRecord, RepRecord } from '../../domain/records/types.ts';
import { createAccessStores } from './access-stores.ts';
import { concurrently } from './concurrently.ts';
import { createIntakeStore } from './intake-store.ts';
import { ACCOUNT_KEYS, LEAD_KEYS, withMatchKeys } from './keyed-stores.ts';
import { createMetricStore } from './metric-store.ts';
import { migrationsCurrent } from './migrations-status.ts';
import { createNotificationStore } from './notification-store.ts';
import type { Db } from './open-database.ts';
import { createPlanStore } from './plan-store.ts';
import { createRecordStore } from './record-store.ts';
import { countReferences } from './references.ts';
import { createRoutingPolicyStore } from './routing-policy-store.ts';
import { createRoutingStore } from './routing-store.ts';
import {
  accounts,
  activities,
  assignments,
  auditLog,
  intakeSources,
  leads,
  opportunities,
  ownerHistory,
  products,
  reps,
  teams,
  territories,
  territoryReps,
  users,
} from './schema.ts';

const tsFilter = (column: typeof activities.at, op: 'gte' | 'lt') => (value: unknown) =>
  (op === 'gte' ? gte : lt)(column, new Date(String(value)));

export function createStores(db: Db): Stores {
  const repStore = createRecordStore<RepRecord, RepWrite, typeof reps>(db, {
    table: reps,
    sort: {
      code: { expr: reps.code },
      name: { expr: reps.name },
      createdAt: { expr: reps.createdAt },
      hiredOn: { expr: sql`coalesce(${reps.hiredOn}, '0001-01-01'::date)`, nullAs: '0001-01-01' },
    },
    filters: { teamId: reps.teamId, level: reps.level, active: reps.active },
    search: [reps.name, reps.code, reps.email, reps.phone],
    scope: reps.id,
    extra: {
      userId: sql<string | null>`(select u.id from users u where u.rep_id = ${reps.id})`.as(
        'user_id',
      ) as unknown as SQL,
    },
  });
  const territoryStore = createRecordStore(db, {
    table: territories,
    sort: { name: { expr: territories.name }, createdAt: { expr: territories.createdAt } },
    filters: { parentId: territories.parentId },
    search: [territories.name],
    extra: {
      repIds:
        sql`(select coalesce(array_agg(tr.rep_id::text order by tr.rep_id), '{}') from territory_reps tr where tr.territory_id = ${territories.id})` as SQL,
    },
  });

  async function setTerritoryReps(
    workspaceId: string,
    territoryId: string,
    repIds: readonly string[],
  ) {
    await db.delete(territoryReps).where(eq(territoryReps.territoryId, territoryId));
    if (repIds.length > 0) {
      await db
        .insert(territoryReps)
        .values(repIds.map((repId) => ({ workspaceId, territoryId, repId })));
    }
  }

  return {
    ...createAccessStores(db),
    teams: {
      ...createRecordStore(db, {
        table: teams,
        sort: { name: { expr: teams.name }, createdAt: { expr: teams.createdAt } },
        filters: { parentId: teams.parentId },
        search: [teams.name],
      }),
      all: (workspaceId) =>
        db.select().from(teams).where(eq(teams.workspaceId, workspaceId)).orderBy(teams.name),
    },
    reps: {
      ...repStore,
      async findByCode(workspaceId, code) {
        const [row] = await db
          .select({ id: reps.id })
          .from(reps)
          .where(and(eq(reps.workspaceId, workspaceId), eq(reps.code, code)));
        return row ? repStore.get(workspaceId, row.id) : null;
      },
      async names(workspaceId, ids) {
        if (ids.length === 0) return new Map();
        const rows = await db
          .select({ id: reps.id, name: reps.name })
          .from(reps)
          .where(and(eq(reps.workspaceId, workspaceId), inArray(reps.id, [...ids])));
        return new Map(rows.map((r) => [r.id, r.name]));
      },
    } as Stores['reps'],
    territories: {
      ...(territoryStore as unknown as Stores['territories']),
      async insert(workspaceId, values) {
        const { repIds, ...row } = values;
        const created = await territoryStore.insert(workspaceId, row);
        await setTerritoryReps(workspaceId, created.id, repIds);
        return (await territoryStore.get(workspaceId, created.id)) as never;
      },
      async update(workspaceId, id, values) {
        const { repIds, ...row } = values;
        await territoryStore.update(workspaceId, id, row);
        if (repIds !== undefined) await setTerritoryReps(workspaceId, id, repIds);
        return (await territoryStore.get(workspaceId, id)) as never;
      },
      all: (workspaceId) =>
        db
          .select(getTableColumns(territories))
          .from(territories)
          .where(eq(territories.workspaceId, workspaceId)) as never,
    },
    products: {
      ...createRecordStore(db, {
        table: products,
        sort: {
          code: { expr: products.code },
          name: { expr: products.name },
          createdAt: { expr: products.createdAt },
        },
        filters: { active: products.active },
        search: [products.name, products.code],
      }),
      async findByCode(workspaceId, code) {
        const [row] = await db
          .select()
          .from(products)
          .where(and(eq(products.workspaceId, workspaceId), eq(products.code, code)));
        return row ?? null;
      },
    },
    accounts: withMatchKeys(
      createRecordStore(db, {
        table: accounts,
        sort: {
          name: { expr: accounts.name },
          createdAt: { expr: accounts.createdAt },
          lastFollowUpAt: {
            expr: sql`coalesce(${accounts.lastFollowUpAt}, 'epoch'::timestamptz)`,
            nullAs: '1970-01-01T00:00:00Z',
          },
        },
        filters: {
          ownerRepId: accounts.ownerRepId,
          level: accounts.level,
          industry: accounts.industry,
          region: accounts.region,
          won: accounts.won,
        },
        search: [accounts.name, accounts.domain],
        scope: accounts.ownerRepId,
      }),
      ACCOUNT_KEYS,
    ),
    leads: withMatchKeys(
      createRecordStore(db, {
        table: leads,
        sort: {
          createdAt: { expr: leads.createdAt },
          name: { expr: leads.name },
          score: { expr: sql`coalesce(${leads.score}, -1)`, nullAs: -1 },
        },
        filters: {
          status: leads.status,
          source: leads.source,
          ownerRepId: leads.ownerRepId,
          region: leads.region,
          industry: leads.industry,
          accountId: leads.accountId,
        },
        search: [leads.name, leads.company, leads.email, leads.phone],
        scope: leads.ownerRepId,
      }),
      LEAD_KEYS,
    ),
    opportunities: createRecordStore(db, {
      table: opportunities,
      sort: {
        createdAt: { expr: opportunities.createdAt },
        amount: { expr: opportunities.amount },
        name: { expr: opportunities.name },
        expectedClose: {
          expr: sql`coalesce(${opportunities.expectedClose}, '0001-01-01'::date)`,
          nullAs: '0001-01-01',
        },
      },
      filters: {
        stage: opportunities.stage,
        ownerRepId: opportunities.ownerRepId,
        accountId: opportunities.accountId,
        productId: opportunities.productId,
      },
      search: [opportunities.name],
      scope: opportunities.ownerRepId,
    }),
    activities: createRecordStore(db, {
      table: activities,
      sort: { at: { expr: activities.at }, createdAt: { expr: activities.createdAt } },
      filters: {
        kind: activities.kind,
        repId: activities.repId,
        leadId: activities.leadId,
        accountId: activities.accountId,
        from: tsFilter(activities.at, 'gte'),
        to: tsFilter(activities.at, 'lt'),
      },
      search: [activities.summary],
      scope: activities.repId,
    }),
    org: {
      async load(workspaceId) {
        const [teamRows, repRows] = await concurrently(db, [
          () =>
            db
              .select({
                id: teams.id,
                parentId: teams.parentId,
                managerUserId: teams.managerUserId,
              })
              .from(teams)
              .where(eq(teams.workspaceId, workspaceId)),
          () =>
            db
              .select({ id: reps.id, teamId: reps.teamId })
              .from(reps)
              .where(eq(reps.workspaceId, workspaceId)),
        ]);
        return { teams: teamRows, reps: repRows };
      },
    },
    intakeSources: {
      ...createRecordStore<
        IntakeSourceRecord,
        Pick<IntakeSourceRecord, 'name' | 'secret' | 'active'>,
        typeof intakeSources
      >(db, {
        table: intakeSources,
        sort: { createdAt: { expr: intakeSources.createdAt }, name: { expr: intakeSources.name } },
        filters: { active: intakeSources.active },
        search: [intakeSources.name],
      }),
      async find(id) {
        const [row] = await db.select().from(intakeSources).where(eq(intakeSources.id, id));
        return row ?? null;
      },
      async touch(id, at) {
        await db.update(intakeSources).set({ lastUsedAt: at }).where(eq(intakeSources.id, id));
      },
    },
    routing: createRoutingStore(db),
    intake: createIntakeStore(db),
    routingLog: createRecordStore(db, {
      table: assignments,
      sort: { at: { expr: assignments.at } },
      filters: {
        repId: assignments.repId,
        ruleId: assignments.ruleId,
        outcome: assignments.outcome,
        leadId: assignments.leadId,
        from: (value) => gte(assignments.at, new Date(String(value))),
        to: (value) => lt(assignments.at, new Date(String(value))),
      },
      scope: assignments.repId,
    }),
    routingPolicies: createRoutingPolicyStore(db),
    references: {
      count: (workspaceId, entity, id) => countReferences(db, workspaceId, entity, id),
    },
    notifications: createNotificationStore(db),
    metrics: createMetricStore(db),
    plans: createPlanStore(db),
    ownerHistory: {
      async append(entry) {
        await db.insert(ownerHistory).values(entry);
      },
      list: (workspaceId, entity, entityId) =>
        db
          .select({ ...getTableColumns(ownerHistory), byName: users.name })
          .from(ownerHistory)
          .leftJoin(users, eq(users.id, ownerHistory.byUserId))
          .where(
            and(
              eq(ownerHistory.workspaceId, workspaceId),
              eq(ownerHistory.entity, entity),
              eq(ownerHistory.entityId, entityId),
            ),
          )
          .orderBy(desc(ownerHistory.at), desc(ownerHistory.id)),
    },
    audit: {
      async append(entry) {
        const rows = Array.isArray(entry) ? entry : [entry];
        if (rows.length > 0) await db.insert(auditLog).values(rows as NewAuditEntry[]);
      },
      async list(query) {
        const where: SQL[] = [eq(auditLog.workspaceId, query.workspaceId)];
        if (query.beforeId !== undefined) where.push(lt(auditLog.id, query.beforeId));
        if (query.entity) where.push(eq(auditLog.entity, query.entity));
        if (query.entityId) where.push(eq(auditLog.entityId, query.entityId));
        if (query.action) where.push(eq(auditLog.action, query.action));
        if (query.actorUserId) where.push(eq(auditLog.actorUserId, query.actorUserId));
        if (query.from) where.push(gte(auditLog.at, query.from));
        if (query.to) where.push(lt(auditLog.at, query.to));
        return db
          .select()
          .from(auditLog)
          .where(and(...where))
          .orderBy(desc(auditLog.id))
          .limit(query.limit) as never;
      },
    },
    health: {
      async ping() {
        await db.execute(sql`select 1`);
        return true;
      },
      migrationsCurrent: () => migrationsCurrent(db),
    },
  };
}

/** Runs work in one transaction with stores bound to it. */
export function createTransact(db: Db): Transact {
  return (work) => db.transaction((tx) => work(createStores(tx as unknown as Db)));
}
