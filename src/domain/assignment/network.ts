import type { AssignmentProblem } from './problem.ts';

/**
 * The problem as a plain transportation network in flat arrays, with floors folded into
 * values: a rep with a floor becomes two places, its floor places (capacity = floor, every
 * value raised by the bonus B) and its extra places (capacity = cap − floor, values as given).
 * Filling a floor place is worth B more than any other use of a lead, and B = (places + 1) ·
 * max value + 1 exceeds what any exchange of leads can lose in value (an augmenting cycle moves
 * at most places + 1 leads, each losing at most the max value), so a best plan of the network
 * meets as many floor places as any plan can, and has the greatest value among those.
 * Reps with no capacity get no place: no lead can go there.
 */
export type Network = {
  /** Lead j's options are `optPlace[k]`, `optValue[k]` for k in `start[j] .. start[j + 1]`. */
  start: Int32Array;
  optPlace: Int32Array;
  optValue: Float64Array;
  /** Capacity of each place. */
  cap: Int32Array;
  /** The rep each place belongs to. */
  repOf: Int32Array;
  /** The greatest value of any option before the floor bonus: the scale of the values. */
  maxValue: number;
};

export function buildNetwork(problem: AssignmentProblem): Network {
  const { reps, leads } = problem;
  const floorPlace = new Int32Array(reps.length).fill(-1);
  const extraPlace = new Int32Array(reps.length).fill(-1);
  const caps: number[] = [];
  const owners: number[] = [];
  const addPlace = (rep: number, cap: number) => {
    caps.push(cap);
    owners.push(rep);
    return caps.length - 1;
  };
  reps.forEach((rep, i) => {
    const floor = rep.floor ?? 0;
    if (floor > 0) floorPlace[i] = addPlace(i, floor);
    if (rep.cap > floor) extraPlace[i] = addPlace(i, rep.cap - floor);
  });
  let maxValue = 0;
  let arcs = 0;
  for (const lead of leads) {
    for (const { rep, value } of lead.options) {
      maxValue = Math.max(maxValue, value);
      arcs += (floorPlace[rep] === -1 ? 0 : 1) + (extraPlace[rep] === -1 ? 0 : 1);
    }
  }
  const bonus = (caps.length + 1) * maxValue + 1;
  const start = new Int32Array(leads.length + 1);
  const optPlace = new Int32Array(arcs);
  const optValue = new Float64Array(arcs);
  let k = 0;
  leads.forEach((lead, j) => {
    for (const { rep, value } of lead.options) {
      if (floorPlace[rep] !== -1) {
        optPlace[k] = floorPlace[rep]!;
        optValue[k++] = value + bonus;
      }
      if (extraPlace[rep] !== -1) {
        optPlace[k] = extraPlace[rep]!;
        optValue[k++] = value;
      }
    }
    start[j + 1] = k;
  });
  return {
    start,
    optPlace,
    optValue,
    cap: Int32Array.from(caps),
    repOf: Int32Array.from(owners),
    maxValue,
  };
}
