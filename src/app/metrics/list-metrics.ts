import type { MetricRecord } from '../../domain/metrics/metric.ts';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../ports.ts';
import { loadCatalogue } from './catalogue.ts';

/** The workspace's metrics, for everyone in it (targets and progress are read against them). */
export async function listMetrics(
  deps: Pick<AppDeps, 'transact'>,
  actor: Actor,
): Promise<MetricRecord[]> {
  return deps.transact((stores) => loadCatalogue(stores, actor.workspace));
}
