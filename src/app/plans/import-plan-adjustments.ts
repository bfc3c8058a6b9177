/**
 * A manager sends back a plan workbook (the layout of the export) with adjusted values and
 * comments filled in. The whole file is checked first — its layout, every unit against the reps
 * of the caller's data scope, every metric against the plan, every value and comment — and any
 * problem answers 400 with each problem at its cell, changing nothing. Otherwise every
 * adjustment is applied in one transaction as one new version (`imported`), the draft computed
 * again so the other reps share what is left, with one audit row per changed adjustment.
 *
 * An adjustment equal to the one already in the plan (same value and comment) is not a change;
 * when nothing changes, no version is written. An empty adjusted value cell changes nothing:
 * an existing adjustment is removed on the plan page, not by leaving its cell empty.
 */
import type { PlanRecord } from '../../domain/planning/stored-plan.ts';
import type { Locale } from '../../domain/shared/vocabulary.ts';
import { type Actor, actorUserId, requireManager, visibleRepsOf } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { Issues, validationError } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { currentVersion, loadPlan, requireDraft, saveVersion } from './plan-state.ts';
import { computeOrThrow } from './plan-view.ts';

/** The longest comment an adjustment keeps (as for one adjustment set on the page). */
const MAX_COMMENT = 500;

export type PlanImportOutcome = {
  readonly plan: PlanRecord;
  /** Adjustments set or changed by the file. */
  readonly changed: number;
  /** Adjustments in the file equal to those already in the plan. */
  readonly unchanged: number;
};

export async function importPlanAdjustments(
  deps: Pick<AppDeps, 'transact' | 'clock' | 'spreadsheets'>,
  actor: Actor,
  id: string,
  bytes: Uint8Array,
  options: { readonly locale?: Locale | undefined } = {},
): Promise<PlanImportOutcome> {
  requireManager(actor, 'plan drafts');
  const at = deps.clock.now();
  const locale = options.locale ?? actor.user.locale;
  return deps.transact(async (stores) => {
    const plan = await loadPlan(stores, actor, id, true);
    requireDraft(plan);
    const ws = actor.workspace.id;
    const current = await currentVersion(stores, actor, plan);
    const visible = await visibleRepsOf(stores, actor);
    // Reps outside the caller's scope are unknown to the file: their rows are refused.
    const units = current.input.units.filter((u) => visible === 'all' || visible.has(u.id));
    const read = await deps.spreadsheets.readAdjustments(
      bytes,
      { metrics: current.input.metrics, units },
      locale,
    );
    if (!read.ok)
      throw validationError(
        read.problems.map((p) => ({
          path: p.path,
          message: p.message,
          ...(p.code ? { code: p.code } : {}),
        })),
      );

    const issues = new Issues();
    for (const a of read.adjustments) {
      const path = `adjustments.${a.unit}.${a.metric}`;
      if (!Number.isSafeInteger(a.value))
        issues.add(
          path,
          `${a.value} is not a whole number of the metric's unit`,
          'not_a_multiple',
          {
            value: a.value,
          },
        );
      if (a.comment.length > MAX_COMMENT)
        issues.add(
          path,
          `the comment is longer than ${MAX_COMMENT} characters`,
          'comment_too_long',
          {
            maximum: MAX_COMMENT,
          },
        );
    }
    issues.throwIfAny();

    const catalogue = await stores.metrics.list(ws);
    const planMetricIds = new Set((await stores.plans.metrics(ws, plan.id)).map((m) => m.metricId));
    const metricIdOf = new Map(
      catalogue.filter((m) => planMetricIds.has(m.id)).map((m) => [m.key, m.id]),
    );
    const keyOf = new Map(catalogue.map((m) => [m.id, m.key]));
    const existing = new Map(
      (await stores.plans.adjustments(ws, plan.id)).map((a) => [`${a.repId}|${a.metricId}`, a]),
    );
    const changes = read.adjustments.flatMap((a) => {
      const metricId = metricIdOf.get(a.metric)!;
      const before = existing.get(`${a.unit}|${metricId}`);
      return before && before.value === a.value && before.comment === a.comment
        ? []
        : [{ ...a, metricId, before }];
    });
    const unchanged = read.adjustments.length - changes.length;
    if (changes.length === 0) return { plan, changed: 0, unchanged };

    for (const c of changes)
      await stores.plans.setAdjustment(ws, plan.id, {
        repId: c.unit,
        metricId: c.metricId,
        value: c.value,
        comment: c.comment,
        byUserId: actorUserId(actor),
        at,
      });
    const adjustments = (await stores.plans.adjustments(ws, plan.id)).map((a) => ({
      unit: a.repId,
      metric: keyOf.get(a.metricId)!,
      value: a.value,
      comment: a.comment,
    }));
    const input = { ...current.input, adjustments };
    const result = computeOrThrow(input, actor.workspace.locale, plan.allocation);
    const detail = {
      count: changes.length,
      adjustments: changes.map((c) => ({
        repId: c.unit,
        metric: c.metric,
        value: c.value,
        comment: c.comment,
      })),
    };
    const updated = await saveVersion(
      stores,
      actor,
      plan,
      'imported',
      { input, result, detail },
      {},
      at,
    );
    for (const c of changes)
      await writeAudit(stores, actor, {
        action: 'adjust',
        entity: 'plan',
        entityId: plan.id,
        before: c.before
          ? { repId: c.unit, metric: c.metric, value: c.before.value, comment: c.before.comment }
          : null,
        after: {
          repId: c.unit,
          metric: c.metric,
          value: c.value,
          comment: c.comment,
          version: updated.version,
          source: 'import',
        },
        at,
      });
    return { plan: updated, changed: changes.length, unchanged };
  });
}
