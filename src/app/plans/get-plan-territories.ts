/**
 * A plan's targets by territory (a version of it, the current one unless a number is given):
 * each rep's target attributed to the territories the rep covers now, by the potential each
 * gives the rep. Readers see the territories their visible reps cover, with those reps' parts.
 */
import { territoryTargets } from '../../domain/planning/territory-view.ts';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../ports.ts';
import { coveredTerritories } from './build-plan-input.ts';
import { readableVersion } from './plan-view.ts';

export type PlanTerritoryView = {
  readonly version: number;
  readonly items: {
    territory: { id: string; name: string };
    index: number;
    repIds: string[];
    targets: Record<string, number>;
  }[];
  readonly unattributed: Record<string, number>;
};

export async function getPlanTerritories(
  deps: Pick<AppDeps, 'transact'>,
  actor: Actor,
  id: string,
  versionNumber?: number,
): Promise<PlanTerritoryView> {
  return deps.transact(async (stores) => {
    const { plan, version, reader, view } = await readableVersion(stores, actor, id, versionNumber);
    const allUnits = new Set(version.input.units.map((u) => u.id));
    const covered = coveredTerritories(
      await stores.plans.coverage(actor.workspace.id),
      allUnits,
      plan.potentialFactors,
    );
    const seen = new Set(view.input.units.map((u) => u.id));
    const { territories, unattributed } = territoryTargets(
      view.result,
      view.input.metrics,
      covered,
    );
    const names = new Map(
      (await stores.territories.all(actor.workspace.id)).map((t) => [t.id, t.name]),
    );
    return {
      version: version.version,
      items: territories
        .filter((t) => t.repIds.some((r) => seen.has(r)))
        .map((t) => ({
          territory: { id: t.id, name: names.get(t.id) ?? t.id },
          index: t.index,
          repIds: reader.visible === 'all' ? t.repIds : t.repIds.filter((r) => seen.has(r)),
          targets: t.targets,
        })),
      unattributed,
    };
  });
}
