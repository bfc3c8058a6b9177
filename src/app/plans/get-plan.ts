/**
 * A plan with one of its versions (the current one unless a number is given): the input and
 * the targets cut to what the reader may see — reps their own targets, managers their data
 * scope, administrators everything.
 */
import type { MetricRecord } from '../../domain/metrics/metric.ts';
import type { PlanInput } from '../../domain/planning/plan-input.ts';
import type { PlanResult } from '../../domain/planning/plan-result.ts';
import type { PlanMetricRecord, PlanRecord } from '../../domain/planning/stored-plan.ts';
import type { Actor } from '../actor.ts';
import type { PlanVersionRecord } from '../plan-ports.ts';
import type { AppDeps } from '../ports.ts';
import { readableVersion } from './plan-view.ts';

export type PlanDetail = PlanRecord & {
  readonly metrics: (Omit<PlanMetricRecord, 'metricId' | 'position'> & {
    readonly metric: Pick<MetricRecord, 'id' | 'key' | 'name' | 'kind' | 'unit' | 'precision'>;
  })[];
  readonly current: Omit<PlanVersionRecord, 'planId' | 'input' | 'result'> & {
    readonly input: PlanInput;
    readonly result: PlanResult;
  };
};

export async function getPlan(
  deps: Pick<AppDeps, 'transact'>,
  actor: Actor,
  id: string,
  versionNumber?: number,
): Promise<PlanDetail> {
  return deps.transact(async (stores) => {
    const { plan, version, reader, view } = await readableVersion(stores, actor, id, versionNumber);
    const catalogue = new Map(
      (await stores.metrics.list(actor.workspace.id)).map((m) => [m.id, m]),
    );
    const metrics = (await stores.plans.metrics(actor.workspace.id, plan.id)).map((m) => {
      const { id: metricId, key, name, kind, unit, precision } = catalogue.get(m.metricId)!;
      return {
        metric: { id: metricId, key, name, kind, unit, precision },
        target: m.target,
        method: m.method,
        historyBase: m.historyBase,
        teamTargets: reader.ownOnly ? {} : m.teamTargets,
      };
    });
    const { planId: _p, input: _i, result: _r, ...meta } = version;
    return { ...plan, metrics, current: { ...meta, input: view.input, result: view.result } };
  });
}
