/**
 * Territories of the demo: one per sales region (大区) with one child per province or
 * municipality. Potential factors differ by market, so target planning has something to weigh;
 * each child territory is covered by the reps of the groups selling there.
 */
import type { DemoRep, DemoTerritory, DemoTerritoryRep } from './demo-types.ts';
import { CITIES, COVERED_REGIONS, PROVINCES, SUB_TEAMS } from './geography.ts';
import type { Prng } from './prng.ts';

const MUNICIPALITIES = new Set(['上海', '北京', '天津']);
const round2 = (x: number) => Math.round(x * 100) / 100;

export function buildTerritories(
  rng: Prng,
  workspaceId: string,
  createdMs: number,
  reps: readonly DemoRep[],
  teamOfRep: readonly number[],
): { territories: DemoTerritory[]; territoryReps: DemoTerritoryRep[] } {
  const territories: DemoTerritory[] = [];
  const territoryReps: DemoTerritoryRep[] = [];
  const repsOfTeam = SUB_TEAMS.map(() => [] as string[]);
  reps.forEach((rep, i) => {
    repsOfTeam[teamOfRep[i] as number]?.push(rep.id);
  });

  const row = (
    name: string,
    parentId: string | null,
    criteria: DemoTerritory['criteria'],
    potential: DemoTerritory['potential'],
  ): DemoTerritory => {
    const territory: DemoTerritory = {
      id: rng.uuid(),
      workspaceId,
      name,
      parentId,
      criteria,
      potential,
      createdAt: new Date(createdMs),
      updatedAt: new Date(createdMs),
    };
    territories.push(territory);
    return territory;
  };

  for (const region of COVERED_REGIONS) {
    const provinces = PROVINCES.filter((p) => p.region === region);
    const customers = provinces.reduce((sum, p) => sum + p.potential.customers, 0);
    const mean = (key: 'maturity' | 'competition' | 'brand') =>
      round2(
        provinces.reduce((s, p) => s + p.potential[key] * p.potential.customers, 0) / customers,
      );
    const parent = row(
      `${region}大区`,
      null,
      { regions: [region] },
      {
        customers,
        maturity: mean('maturity'),
        competition: mean('competition'),
        brand: mean('brand'),
      },
    );
    for (const province of provinces) {
      const criteria = MUNICIPALITIES.has(province.name)
        ? { cities: [province.name] }
        : { provinces: [province.name] };
      const territory = row(province.name, parent.id, criteria, { ...province.potential });
      const cities = new Set(CITIES.filter((c) => c.province === province.name).map((c) => c.name));
      SUB_TEAMS.forEach((team, t) => {
        if (!team.cities.some((c) => cities.has(c))) return;
        for (const repId of repsOfTeam[t] ?? []) {
          territoryReps.push({ workspaceId, territoryId: territory.id, repId });
        }
      });
    }
  }
  return { territories, territoryReps };
}
