/** Checks a metric definition whole against the workspace's records. */
import type { MetricDefinition } from '../../domain/metrics/metric.ts';
import { validateMetric } from '../../domain/metrics/validate-metric.ts';
import { Issues } from '../errors.ts';
import type { Stores } from '../ports.ts';

/** Throws `validation.failed` with every problem and its path; returns when there is none. */
export async function checkMetricDefinition(
  stores: Stores,
  workspaceId: string,
  definition: MetricDefinition,
): Promise<void> {
  const rule = definition.rule;
  const productIds =
    rule.kind === 'won_amount' && rule.productId
      ? await stores.products.existing(workspaceId, [rule.productId])
      : new Set<string>();
  const issues = new Issues();
  for (const p of validateMetric(definition, { productIds })) issues.add(p.path, p.message, p.code);
  issues.throwIfAny();
}
