/** Stored target plans: the plan, its metrics and adjustments, and its append-only versions. */
import { and, asc, count, desc, eq, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { PlanStore } from '../../app/plan-ports.ts';
import type { PlanRecord } from '../../domain/planning/stored-plan.ts';
import type { Db } from './open-database.ts';
import { planAdjustments, planMetrics, plans, planVersions, reps } from './schema.ts';

export function createPlanStore(db: Db): PlanStore {
  const planOf = (row: typeof plans.$inferSelect) => row as PlanRecord;
  return {
    async insert(workspaceId, plan, metricRows) {
      const [row] = await db
        .insert(plans)
        .values({ ...plan, workspaceId })
        .returning();
      const created = planOf(row!);
      if (metricRows.length > 0)
        await db
          .insert(planMetrics)
          .values(metricRows.map((m) => ({ ...m, workspaceId, planId: created.id })));
      return created;
    },
    async get(workspaceId, id, lock = false) {
      const query = db
        .select()
        .from(plans)
        .where(and(eq(plans.workspaceId, workspaceId), eq(plans.id, id)));
      const [row] = lock ? await query.for('update') : await query;
      return row ? planOf(row) : null;
    },
    async list(workspaceId, page) {
      const where: SQL[] = [eq(plans.workspaceId, workspaceId)];
      if (page.statuses) where.push(inArray(plans.status, [...page.statuses]));
      const [counted] = await db
        .select({ n: count() })
        .from(plans)
        .where(and(...where));
      if (page.after) {
        const { createdAt, id } = page.after;
        where.push(
          or(
            lt(plans.createdAt, createdAt),
            and(eq(plans.createdAt, createdAt), lt(plans.id, id)),
          )!,
        );
      }
      const rows = await db
        .select()
        .from(plans)
        .where(and(...where))
        .orderBy(desc(plans.createdAt), desc(plans.id))
        .limit(page.limit);
      return { rows: rows.map(planOf), total: Number(counted?.n ?? 0) };
    },
    async update(workspaceId, id, values) {
      const [row] = await db
        .update(plans)
        .set(values)
        .where(and(eq(plans.workspaceId, workspaceId), eq(plans.id, id)))
        .returning();
      return planOf(row!);
    },
    async metrics(workspaceId, planId) {
      const rows = await db
        .select()
        .from(planMetrics)
        .where(and(eq(planMetrics.workspaceId, workspaceId), eq(planMetrics.planId, planId)))
        .orderBy(asc(planMetrics.position));
      return rows.map(({ workspaceId: _w, planId: _p, ...m }) => m);
    },
    async adjustments(workspaceId, planId) {
      const rows = await db
        .select()
        .from(planAdjustments)
        .where(
          and(eq(planAdjustments.workspaceId, workspaceId), eq(planAdjustments.planId, planId)),
        )
        .orderBy(
          asc(planAdjustments.at),
          asc(planAdjustments.repId),
          asc(planAdjustments.metricId),
        );
      return rows.map(({ workspaceId: _w, planId: _p, ...a }) => a);
    },
    async setAdjustment(workspaceId, planId, adjustment) {
      await db
        .insert(planAdjustments)
        .values({ ...adjustment, workspaceId, planId })
        .onConflictDoUpdate({
          target: [planAdjustments.planId, planAdjustments.repId, planAdjustments.metricId],
          set: {
            value: adjustment.value,
            comment: adjustment.comment,
            byUserId: adjustment.byUserId,
            at: adjustment.at,
          },
        });
    },
    async removeAdjustment(workspaceId, planId, repId, metricId) {
      const removed = await db
        .delete(planAdjustments)
        .where(
          and(
            eq(planAdjustments.workspaceId, workspaceId),
            eq(planAdjustments.planId, planId),
            eq(planAdjustments.repId, repId),
            eq(planAdjustments.metricId, metricId),
          ),
        )
        .returning({ repId: planAdjustments.repId });
      return removed.length > 0;
    },
    async appendVersion(workspaceId, entry) {
      await db.insert(planVersions).values({ ...entry, workspaceId });
    },
    async versions(workspaceId, planId) {
      return db
        .select({
          planId: planVersions.planId,
          version: planVersions.version,
          status: planVersions.status,
          change: planVersions.change,
          detail: planVersions.detail,
          createdBy: planVersions.createdBy,
          createdAt: planVersions.createdAt,
        })
        .from(planVersions)
        .where(and(eq(planVersions.workspaceId, workspaceId), eq(planVersions.planId, planId)))
        .orderBy(desc(planVersions.version));
    },
    async version(workspaceId, planId, version) {
      const [row] = await db
        .select()
        .from(planVersions)
        .where(
          and(
            eq(planVersions.workspaceId, workspaceId),
            eq(planVersions.planId, planId),
            eq(planVersions.version, version),
          ),
        );
      if (!row) return null;
      const { workspaceId: _w, ...rest } = row;
      return rest;
    },
    activeReps: (workspaceId) =>
      db
        .select({ id: reps.id, name: reps.name, teamId: reps.teamId, hiredOn: reps.hiredOn })
        .from(reps)
        .where(and(eq(reps.workspaceId, workspaceId), eq(reps.active, true)))
        .orderBy(asc(reps.name), asc(reps.id)),
    async pipeline(workspaceId) {
      const result = await db.execute(sql`
        select o.owner_rep_id as rep_id, sum(o.amount) as amount
        from opportunities o
        where o.workspace_id = ${workspaceId} and o.owner_rep_id is not null
          and o.stage not in ('won', 'lost')
        group by o.owner_rep_id`);
      const rows = (result as unknown as { rows: { rep_id: string; amount: string | number }[] })
        .rows;
      return new Map(rows.map((r) => [r.rep_id, Number(r.amount)]));
    },
    async funnel(workspaceId, { from, to }) {
      const result = await db.execute(sql`
        select
          (select coalesce(sum(o.amount), 0) from opportunities o where o.workspace_id = ${workspaceId}
            and o.won_at >= ${from} and o.won_at < ${to}) as won_amount,
          (select count(*) from opportunities o where o.workspace_id = ${workspaceId}
            and o.won_at >= ${from} and o.won_at < ${to}) as won,
          (select count(*) from opportunities o where o.workspace_id = ${workspaceId}
            and o.lost_at >= ${from} and o.lost_at < ${to}) as lost,
          (select count(*) from leads l where l.workspace_id = ${workspaceId}
            and l.created_at >= ${from} and l.created_at < ${to}) as leads,
          (select count(*) from opportunities o where o.workspace_id = ${workspaceId}
            and o.created_at >= ${from} and o.created_at < ${to}) as opportunities,
          (select count(*) from activities a where a.workspace_id = ${workspaceId}
            and a.kind = 'visit' and a.at >= ${from} and a.at < ${to}) as visits`);
      const row = (result as unknown as { rows: Record<string, string | number>[] }).rows[0] ?? {};
      return {
        wonAmount: Number(row.won_amount ?? 0),
        won: Number(row.won ?? 0),
        lost: Number(row.lost ?? 0),
        leads: Number(row.leads ?? 0),
        opportunities: Number(row.opportunities ?? 0),
        visits: Number(row.visits ?? 0),
      };
    },
    async coverage(workspaceId) {
      const result = await db.execute(sql`
        select t.id, t.potential,
          coalesce(array_agg(tr.rep_id::text order by tr.rep_id)
            filter (where tr.rep_id is not null), '{}') as rep_ids
        from territories t
        left join territory_reps tr on tr.territory_id = t.id
        where t.workspace_id = ${workspaceId}
        group by t.id
        order by t.id`);
      const rows = (
        result as unknown as {
          rows: { id: string; potential: Partial<Record<string, number>>; rep_ids: string[] }[];
        }
      ).rows;
      return rows.map((r) => ({ id: r.id, potential: r.potential ?? {}, repIds: r.rep_ids }));
    },
  };
}
