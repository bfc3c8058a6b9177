/**
 * Team roll-up (step 7 of the plan): a team's value is the sum of its units' and its
 * sub-teams' values. Where a team has its own target, `overAssignment = Σ children / target − 1`
 * shows how much more (or less) its people are asked for than the team itself must deliver.
 */
import type { RollupRow } from './plan-result.ts';

export type RollupTeam = {
  readonly id: string;
  readonly parent?: string | null | undefined;
  readonly targets?: Readonly<Record<string, number>> | undefined;
};

/**
 * Rows team by team (in the listed order), metric by metric. `unitSteps[m][i]` is unit i's
 * value for metric m in whole steps of precision, summed exactly before `fromSteps` turns it
 * back into a decimal. Teams must form a forest (checked by validatePlan).
 */
export function rollUp(
  teams: readonly RollupTeam[],
  unitTeams: readonly (string | null | undefined)[],
  metrics: readonly { readonly id: string; fromSteps(steps: number): number }[],
  unitSteps: readonly (readonly number[])[],
): RollupRow[] {
  const index = new Map(teams.map((t, i) => [t.id, i]));
  // Each unit counts for its team and every ancestor.
  const chains = teams.map((team) => {
    const chain: number[] = [];
    for (
      let t: RollupTeam | undefined = team;
      t;
      t = t.parent ? teams[index.get(t.parent)!] : undefined
    )
      chain.push(index.get(t.id)!);
    return chain;
  });
  const rows: RollupRow[] = [];
  const sums = metrics.map(() => new Array<number>(teams.length).fill(0));
  unitTeams.forEach((teamId, i) => {
    const t = teamId ? index.get(teamId) : undefined;
    if (t === undefined) return;
    for (let m = 0; m < metrics.length; m += 1)
      for (const ancestor of chains[t]!) sums[m]![ancestor]! += unitSteps[m]![i]!;
  });
  teams.forEach((team, t) => {
    metrics.forEach((metric, m) => {
      const value = metric.fromSteps(sums[m]![t]!);
      const target = team.targets?.[metric.id];
      rows.push(
        target === undefined
          ? { team: team.id, metric: metric.id, value }
          : {
              team: team.id,
              metric: metric.id,
              value,
              target,
              ...(target > 0
                ? { overAssignment: Math.round((value / target - 1) * 1e4) / 1e4 }
                : {}),
            },
      );
    });
  });
  return rows;
}
