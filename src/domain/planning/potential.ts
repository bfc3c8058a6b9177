/**
 * Potential (step 2 of the plan): a unit's market potential is either a number, or an index
 * of weighted factors — each factor measured against the units' mean, so factors on
 * different scales (customer counts, a 0–1 competition score) can be weighed together.
 */

export type PotentialInput = number | Readonly<Record<string, number>> | null | undefined;

export type PotentialIndex = {
  /** Potential per unit, in the order given; a unit without potential has 0. */
  readonly values: readonly number[];
  /** Units whose factor index came out at or below 0 and was set to 0. */
  readonly notPositive: readonly number[];
  /** Factors whose mean over the units is 0: they cannot be compared and are left out. */
  readonly zeroMeanFactors: readonly string[];
  /** Whether any unit has a potential at all. */
  readonly any: boolean;
};

/**
 * `P_i` = the number when given; for factor values, `Σ_f w_f · x_{f,i} / mean_j(x_{f,j})`,
 * the mean taken over the units that give factor values (a missing factor counts 0). An
 * index ≤ 0 becomes 0 and is reported, because a negative potential cannot carry a target.
 */
export function potentialIndex(
  potentials: readonly PotentialInput[],
  factors: Readonly<Record<string, number>>,
): PotentialIndex {
  const withFactors = potentials.filter(
    (p): p is Readonly<Record<string, number>> => typeof p === 'object' && p !== null,
  );
  const means = new Map<string, number>();
  const zeroMeanFactors: string[] = [];
  for (const factor of Object.keys(factors)) {
    let sum = 0;
    for (const p of withFactors) sum += p[factor] ?? 0;
    const mean = withFactors.length > 0 ? sum / withFactors.length : 0;
    if (mean === 0) {
      if (withFactors.length > 0) zeroMeanFactors.push(factor);
    } else means.set(factor, mean);
  }
  const notPositive: number[] = [];
  const values = potentials.map((p, i) => {
    if (typeof p === 'number') return p;
    if (p === null || p === undefined) return 0;
    let index = 0;
    for (const [factor, mean] of means) index += (factors[factor]! * (p[factor] ?? 0)) / mean;
    if (index <= 0) {
      notPositive.push(i);
      return 0;
    }
    return index;
  });
  return {
    values,
    notPositive,
    zeroMeanFactors,
    any: potentials.some((p) => p !== null && p !== undefined),
  };
}
