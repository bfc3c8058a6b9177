/** The metric catalogue and the counting rules computed in SQL. */
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Stores } from '../../app/ports.ts';
import type { RepTally } from '../../domain/metrics/actuals.ts';
import type { CountingRule, MetricRecord } from '../../domain/metrics/metric.ts';
import type { Db } from './open-database.ts';
import { metrics } from './schema.ts';

type Period = { readonly from: Date; readonly to: Date };

/**
 * Per rep (`rep_id`), the rule's numerator `n` and denominator `d` in the period. Won means an
 * opportunity in stage `won` with its won time in the period; ties between an account's first
 * wins at the same instant go to the lower opportunity id.
 */
function tallyQuery(workspaceId: string, rule: CountingRule, { from, to }: Period): SQL {
  switch (rule.kind) {
    case 'won_amount': {
      const product = rule.productId ? sql` and o.product_id = ${rule.productId}` : sql``;
      return sql`select o.owner_rep_id as rep_id, sum(o.amount) as n, count(*) as d
        from opportunities o
        where o.workspace_id = ${workspaceId} and o.stage = 'won'
          and o.won_at >= ${from} and o.won_at < ${to}${product}
        group by o.owner_rep_id`;
    }
    case 'first_won_accounts':
      return sql`select f.owner_rep_id as rep_id, count(*) as n, count(*) as d
        from (
          select distinct on (o.account_id) o.account_id, o.owner_rep_id, o.won_at
          from opportunities o
          where o.workspace_id = ${workspaceId} and o.stage = 'won' and o.won_at is not null
            and o.account_id in (
              select w.account_id from opportunities w
              where w.workspace_id = ${workspaceId} and w.stage = 'won'
                and w.won_at >= ${from} and w.won_at < ${to})
          order by o.account_id, o.won_at, o.id
        ) f
        where f.won_at >= ${from} and f.won_at < ${to}
        group by f.owner_rep_id`;
    case 'activities':
      return sql`select a.rep_id, count(*) as n, count(*) as d
        from activities a
        where a.workspace_id = ${workspaceId} and a.kind = ${rule.activity}
          and a.at >= ${from} and a.at < ${to}
        group by a.rep_id`;
    case 'lead_conversion':
      return sql`select l.owner_rep_id as rep_id,
          count(*) filter (where exists (
            select 1 from opportunities o
            where o.workspace_id = l.workspace_id and o.account_id = l.account_id
              and o.created_at >= l.created_at)) as n,
          count(*) as d
        from leads l
        where l.workspace_id = ${workspaceId} and l.created_at >= ${from} and l.created_at < ${to}
        group by l.owner_rep_id`;
    case 'account_score': {
      const score = { satisfaction: sql`a.satisfaction` }[rule.field];
      return sql`select a.owner_rep_id as rep_id, sum(${score}) as n, count(${score}) as d
        from accounts a
        where a.workspace_id = ${workspaceId} and ${score} is not null
        group by a.owner_rep_id`;
    }
    default: {
      const never: never = rule;
      throw new Error(`unknown counting rule ${JSON.stringify(never)}`);
    }
  }
}

export function createMetricStore(db: Db): Stores['metrics'] {
  const inWorkspace = (workspaceId: string) => eq(metrics.workspaceId, workspaceId);
  const one = async (where: SQL | undefined) => {
    const [row] = await db.select().from(metrics).where(where);
    return (row as MetricRecord | undefined) ?? null;
  };
  return {
    list: (workspaceId) =>
      db
        .select()
        .from(metrics)
        .where(inWorkspace(workspaceId))
        .orderBy(asc(metrics.createdAt), asc(metrics.key)) as Promise<MetricRecord[]>,
    get: (workspaceId, id) => one(and(inWorkspace(workspaceId), eq(metrics.id, id))),
    findByKey: (workspaceId, key) => one(and(inWorkspace(workspaceId), eq(metrics.key, key))),
    async addMissing(workspaceId, builtins) {
      if (builtins.length === 0) return 0;
      const added = await db
        .insert(metrics)
        .values(builtins.map((m) => ({ ...m, workspaceId, builtin: true, active: true })))
        .onConflictDoNothing({ target: [metrics.workspaceId, metrics.key] })
        .returning({ id: metrics.id });
      return added.length;
    },
    async insert(workspaceId, values) {
      const [row] = await db
        .insert(metrics)
        .values({ ...values, workspaceId })
        .returning();
      return row as MetricRecord;
    },
    async update(workspaceId, id, values) {
      const [row] = await db
        .update(metrics)
        .set({ ...values, updatedAt: sql`now()` })
        .where(and(inWorkspace(workspaceId), eq(metrics.id, id)))
        .returning();
      return row as MetricRecord;
    },
    async tally(workspaceId, rule, period, repIds) {
      if (repIds !== undefined && repIds.length === 0) return [];
      const only =
        repIds === undefined
          ? sql``
          : sql` and r.id in (${sql.join(
              repIds.map((id) => sql`${id}`),
              sql`, `,
            )})`;
      const result = await db.execute(sql`
        with t as (${tallyQuery(workspaceId, rule, period)})
        select r.id as "repId", coalesce(t.n, 0)::text as numerator, coalesce(t.d, 0)::text as denominator
        from reps r left join t on t.rep_id = r.id
        where r.workspace_id = ${workspaceId}${only}
          and (r.active or coalesce(t.d, 0) > 0)
        order by r.name, r.id`);
      return (
        result as unknown as { rows: { repId: string; numerator: string; denominator: string }[] }
      ).rows.map(
        (r): RepTally => ({
          repId: r.repId,
          numerator: Number(r.numerator),
          denominator: Number(r.denominator),
        }),
      );
    },
  };
}
