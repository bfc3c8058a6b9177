/**
 * The workspace's metric catalogue as the use cases read it: the defaults are added the first
 * time a workspace's catalogue is read (and when a later version ships a new default), then
 * the built-ins in the order of the default catalogue, the workspace's own metrics after them.
 */
import { DEFAULT_METRICS, defaultMetricsFor } from '../../domain/metrics/default-metrics.ts';
import type { MetricRecord } from '../../domain/metrics/metric.ts';
import type { WorkspaceRecord } from '../../domain/records/types.ts';
import { AppError } from '../errors.ts';
import type { Stores } from '../ports.ts';

const DEFAULT_ORDER = new Map(DEFAULT_METRICS.map((m, i) => [m.key, i]));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Adds the default metrics the workspace lacks (none, once they are there). */
export async function addDefaultMetrics(
  stores: Stores,
  workspace: Pick<WorkspaceRecord, 'id' | 'locale' | 'currency'>,
): Promise<number> {
  return stores.metrics.addMissing(
    workspace.id,
    defaultMetricsFor(workspace.locale, workspace.currency),
  );
}

const position = (m: MetricRecord) =>
  m.builtin ? (DEFAULT_ORDER.get(m.key) ?? DEFAULT_METRICS.length) : DEFAULT_METRICS.length + 1;

/** Every metric of the workspace, the defaults added first when any is missing. */
export async function loadCatalogue(
  stores: Stores,
  workspace: Pick<WorkspaceRecord, 'id' | 'locale' | 'currency'>,
): Promise<MetricRecord[]> {
  let list = await stores.metrics.list(workspace.id);
  const have = new Set(list.map((m) => m.key));
  if (DEFAULT_METRICS.some((m) => !have.has(m.key))) {
    await addDefaultMetrics(stores, workspace);
    list = await stores.metrics.list(workspace.id);
  }
  return list.sort((a, b) => position(a) - position(b));
}

/** One metric by id or by key (`revenue`); 404 `metric.not_found` when there is none. */
export async function loadMetric(
  stores: Stores,
  workspace: Pick<WorkspaceRecord, 'id' | 'locale' | 'currency'>,
  idOrKey: string,
): Promise<MetricRecord> {
  const find = () =>
    UUID.test(idOrKey)
      ? stores.metrics.get(workspace.id, idOrKey.toLowerCase())
      : stores.metrics.findByKey(workspace.id, idOrKey);
  let metric = await find();
  if (metric === null && (await addDefaultMetrics(stores, workspace)) > 0) metric = await find();
  if (metric === null) throw new AppError('metric.not_found', `no metric ${idOrKey}`);
  return metric;
}
