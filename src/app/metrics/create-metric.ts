import type { MetricDefinition, MetricRecord } from '../../domain/metrics/metric.ts';
import { type Actor, requireAdmin } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import type { AppDeps } from '../ports.ts';
import { loadCatalogue } from './catalogue.ts';
import { checkMetricDefinition } from './metric-problems.ts';

/**
 * Adds a metric of the workspace's own, of an existing kind and counting rule (meetings held,
 * revenue of one product, conversion over at least 20 leads). Checked whole before it is saved.
 */
export async function createMetric(
  deps: Pick<AppDeps, 'transact' | 'clock'>,
  actor: Actor,
  input: MetricDefinition & { active?: boolean | undefined },
): Promise<MetricRecord> {
  requireAdmin(actor);
  const now = deps.clock.now();
  return deps.transact(async (stores) => {
    const { active, ...definition } = input;
    await checkMetricDefinition(stores, actor.workspace.id, definition);
    const taken = (await loadCatalogue(stores, actor.workspace)).some(
      (m) => m.key === definition.key,
    );
    if (taken)
      throw new AppError('metric.key_taken', `the key ${definition.key} is already used`, {
        issues: [{ path: 'key', message: 'already used', code: 'already_used' }],
      });
    const metric = await stores.metrics.insert(actor.workspace.id, {
      ...definition,
      builtin: false,
      active: active ?? true,
    });
    await writeAudit(stores, actor, {
      action: 'create',
      entity: 'metric',
      entityId: metric.id,
      after: metric,
      at: now,
    });
    return metric;
  });
}
