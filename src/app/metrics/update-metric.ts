import type { MetricRecord } from '../../domain/metrics/metric.ts';
import { type Actor, requireAdmin } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import type { AppDeps, MetricPatch } from '../ports.ts';
import { loadMetric } from './catalogue.ts';
import { checkMetricDefinition } from './metric-problems.ts';

/**
 * Renames a metric, changes how it is shown, or switches it on or off. A metric's kind and key
 * never change; a built-in metric's counting rule neither (409 `metric.builtin_rule`): what
 * "revenue" means must stay the same for every plan that used it.
 */
export async function updateMetric(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  idOrKey: string,
  patch: MetricPatch,
): Promise<MetricRecord> {
  requireAdmin(actor);
  const now = deps.clock.now();
  return deps.transact(async (stores) => {
    const before = await loadMetric(stores, actor.workspace, idOrKey);
    if (patch.rule !== undefined && before.builtin)
      throw new AppError(
        'metric.builtin_rule',
        `the counting rule of the built-in metric ${before.key} cannot be changed`,
      );
    await checkMetricDefinition(stores, actor.workspace.id, {
      key: before.key,
      kind: before.kind,
      name: patch.name ?? before.name,
      unit: patch.unit ?? before.unit,
      precision: patch.precision ?? before.precision,
      direction: patch.direction ?? before.direction,
      rule: patch.rule ?? before.rule,
    });
    const after = await stores.metrics.update(actor.workspace.id, before.id, patch);
    await writeAudit(stores, actor, {
      action: 'update',
      entity: 'metric',
      entityId: before.id,
      before,
      after,
      at: now,
    });
    return after;
  });
}
