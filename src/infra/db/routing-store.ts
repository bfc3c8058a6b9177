/** What routing reads and writes: reps with their load, records sharing a key, the routing log. */
import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { RoutingRepRow, Stores } from '../../app/ports.ts';
import type { ClosedStat } from '../../domain/assignment/win-rates.ts';
import type { Db } from './open-database.ts';
import { recordsSharingKeys } from './records-sharing-keys.ts';
import { assignments, leads, reps } from './schema.ts';

const DISTRIBUTION = ['round_robin', 'weighted', 'least_loaded'];

export function createRoutingStore(db: Db): Stores['routing'] {
  return {
    async lock(workspaceId) {
      await db.execute(sql`select pg_advisory_xact_lock(hashtext(${workspaceId}))`);
    },

    async reps(workspaceId, since, asOf) {
      // Loads in three grouped reads (assignments since the earliest window start, open leads,
      // this count window's per-rule counts), each an index range of the workspace.
      const earliest = new Date(Math.min(since.week.getTime(), since.month.getTime()));
      const upTo = asOf ? sql` and a.at < ${asOf}` : sql``;
      const loads = await db.execute(sql`
        select a.rep_id as "repId",
          count(*) filter (where a.at >= ${since.day})::int as day,
          count(*) filter (where a.at >= ${since.week})::int as week,
          count(*) filter (where a.at >= ${since.month})::int as month
        from assignments a
        where a.workspace_id = ${workspaceId} and a.outcome = 'assigned' and a.at >= ${earliest}${upTo}
        group by a.rep_id`);
      const open = await db.execute(
        asOf
          ? sql`select l.owner_rep_id as "repId", count(*)::int as n from leads l
              where l.workspace_id = ${workspaceId} and l.owner_rep_id is not null and l.created_at < ${asOf}
                and (l.status in ('assigned', 'working') or l.closed_at >= ${asOf})
              group by l.owner_rep_id`
          : sql`select l.owner_rep_id as "repId", count(*)::int as n from leads l
              where l.workspace_id = ${workspaceId} and l.owner_rep_id is not null
                and l.status in ('assigned', 'working')
              group by l.owner_rep_id`,
      );
      type Load = { repId: string; day: number; week: number; month: number };
      const loadOf = new Map(
        (loads as unknown as { rows: Load[] }).rows.map((r) => [r.repId, r] as const),
      );
      const openOf = new Map(
        (open as unknown as { rows: { repId: string; n: number }[] }).rows.map(
          (r) => [r.repId, Number(r.n)] as const,
        ),
      );
      // Only what routing reads: every decision of a batch starts from these rows.
      const rows = await db
        .select({
          id: reps.id,
          name: reps.name,
          mentorId: reps.mentorId,
          teamId: reps.teamId,
          level: reps.level,
          active: reps.active,
          tags: reps.tags,
          attrs: reps.attrs,
          weight: reps.weight,
          capPerDay: reps.capPerDay,
          capPerWeek: reps.capPerWeek,
          capPerMonth: reps.capPerMonth,
          maxOpen: reps.maxOpen,
          away: reps.away,
          lastAssignedAt: reps.lastAssignedAt,
        })
        .from(reps)
        .where(eq(reps.workspaceId, workspaceId))
        .orderBy(asc(reps.createdAt), asc(reps.code));
      const ruleRows = await db
        .select({
          repId: assignments.repId,
          ruleId: assignments.ruleId,
          n: sql<number>`count(*)::int`,
        })
        .from(assignments)
        .where(
          and(
            eq(assignments.workspaceId, workspaceId),
            eq(assignments.outcome, 'assigned'),
            gte(assignments.at, since.counts),
            asOf ? lt(assignments.at, asOf) : undefined,
            inArray(assignments.method, DISTRIBUTION),
          ),
        )
        .groupBy(assignments.repId, assignments.ruleId);
      const ruleCounts = new Map<string, Record<string, number>>();
      for (const r of ruleRows) {
        if (r.repId === null || r.ruleId === null) continue;
        ruleCounts.set(r.repId, { ...(ruleCounts.get(r.repId) ?? {}), [r.ruleId]: Number(r.n) });
      }
      return rows.map(
        (rep): RoutingRepRow => ({
          id: rep.id,
          name: rep.name,
          mentorId: rep.mentorId,
          teamId: rep.teamId,
          level: rep.level,
          active: rep.active,
          tags: rep.tags,
          attrs: rep.attrs,
          weight: rep.weight,
          caps: { perDay: rep.capPerDay, perWeek: rep.capPerWeek, perMonth: rep.capPerMonth },
          leadLimit: rep.maxOpen,
          away: rep.away.map((w) => ({ from: new Date(w.from), to: new Date(w.to) })),
          lastAssignedAt: rep.lastAssignedAt,
          assigned: {
            day: Number(loadOf.get(rep.id)?.day ?? 0),
            week: Number(loadOf.get(rep.id)?.week ?? 0),
            month: Number(loadOf.get(rep.id)?.month ?? 0),
          },
          open: openOf.get(rep.id) ?? 0,
          ruleCounts: ruleCounts.get(rep.id) ?? {},
        }),
      );
    },

    candidates: (workspaceId, keys, closedSince, asOf) =>
      recordsSharingKeys(db, workspaceId, [keys], closedSince, asOf),

    async closedStats(workspaceId) {
      const result = await db.execute(sql`
        select o.owner_rep_id as "repId", r.team_id as "teamId", seg.segment,
          count(*) filter (where o.won_at is not null)::int as won, count(*)::int as closed
        from opportunities o
          join reps r on r.id = o.owner_rep_id
          join accounts a on a.id = o.account_id
          cross join lateral (values ('industry:' || a.industry), ('region:' || a.region), ('*')) as seg(segment)
        where o.workspace_id = ${workspaceId} and (o.won_at is not null or o.lost_at is not null)
          and seg.segment is not null
        group by o.owner_rep_id, r.team_id, seg.segment`);
      return (result as unknown as { rows: ClosedStat[] }).rows.map((r) => ({
        ...r,
        won: Number(r.won),
        closed: Number(r.closed),
      }));
    },

    async unassigned(workspaceId, limit) {
      return db
        .select()
        .from(leads)
        .where(and(eq(leads.workspaceId, workspaceId), inArray(leads.status, ['new', 'held'])))
        .orderBy(asc(leads.createdAt), asc(leads.id))
        .limit(limit);
    },

    async createdBetween(workspaceId, from, to, limit) {
      const firstTouch = sql<Date | null>`(select min(t.at) from activities t where t.lead_id = ${leads.id} and t.rep_id = ${leads.ownerRepId})`;
      const rows = await db
        .select({ lead: leads, firstTouchAt: firstTouch })
        .from(leads)
        .where(
          and(
            eq(leads.workspaceId, workspaceId),
            gte(leads.createdAt, from),
            lt(leads.createdAt, to),
          ),
        )
        .orderBy(asc(leads.createdAt), asc(leads.id))
        .limit(limit);
      return rows.map((r) => ({
        lead: r.lead,
        firstTouchAt: r.firstTouchAt === null ? null : new Date(r.firstTouchAt),
      }));
    },

    async findByExternalId(workspaceId, externalId) {
      const [row] = await db
        .select({ id: leads.id })
        .from(leads)
        .where(and(eq(leads.workspaceId, workspaceId), eq(leads.externalId, externalId)));
      if (!row) return null;
      const [lead] = await db.select().from(leads).where(eq(leads.id, row.id));
      return lead ?? null;
    },

    async record(entry) {
      await db.insert(assignments).values(entry);
    },

    history: (workspaceId, leadId) =>
      db
        .select()
        .from(assignments)
        .where(and(eq(assignments.workspaceId, workspaceId), eq(assignments.leadId, leadId)))
        .orderBy(desc(assignments.at), desc(assignments.seq)),

    async oldestUntouched(workspaceId) {
      const result = await db.execute(sql`
        select a.lead_id as "leadId", a.rep_id as "repId", a.at as "assignedAt"
        from assignments a join leads l on l.id = a.lead_id
        where a.workspace_id = ${workspaceId} and a.outcome = 'assigned' and a.method <> 'manual'
          and l.status = 'assigned' and l.owner_rep_id = a.rep_id
          and a.seq = (select max(a2.seq) from assignments a2 where a2.lead_id = a.lead_id and a2.outcome = 'assigned')
          and not exists (select 1 from assignments e where e.lead_id = a.lead_id and e.rep_id = a.rep_id and e.outcome = 'sla_expired' and e.at >= a.at)
        order by a.at, a.seq
        limit 1`);
      const row = (
        result as unknown as {
          rows: { leadId: string; repId: string; assignedAt: Date | string }[];
        }
      ).rows[0];
      return row
        ? { leadId: row.leadId, repId: row.repId, assignedAt: new Date(row.assignedAt) }
        : null;
    },

    async lostBySla(workspaceId, leadId) {
      const rows = await db
        .selectDistinct({ repId: assignments.repId })
        .from(assignments)
        .where(
          and(
            eq(assignments.workspaceId, workspaceId),
            eq(assignments.leadId, leadId),
            eq(assignments.outcome, 'sla_expired'),
          ),
        );
      return new Set(rows.flatMap((r) => (r.repId ? [r.repId] : [])));
    },

    async oldestHeld(workspaceId) {
      const [row] = await db
        .select({
          leadId: leads.id,
          lastDecisionAt: sql<Date>`max(${assignments.at})`.mapWith(assignments.at),
        })
        .from(leads)
        .innerJoin(assignments, eq(assignments.leadId, leads.id))
        .where(and(eq(leads.workspaceId, workspaceId), eq(leads.status, 'held')))
        .groupBy(leads.id)
        .orderBy(sql`max(${assignments.at})`, sql`max(${assignments.seq})`)
        .limit(1);
      return row ?? null;
    },

    async setLastAssigned(workspaceId, repId, at) {
      await db
        .update(reps)
        .set({ lastAssignedAt: at })
        .where(and(eq(reps.workspaceId, workspaceId), eq(reps.id, repId)));
    },
  };
}
