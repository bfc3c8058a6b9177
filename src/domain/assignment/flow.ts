import { IndexedHeap } from './indexed-heap.ts';
import type { Network } from './network.ts';

const INF = Number.POSITIVE_INFINITY;

/**
 * The best plan of a network, built one lead at a time by successive shortest paths.
 *
 * Each place has a price π ≥ 0 and a lead at place i earns its value there − π_i. Before and
 * after every step the plan of the leads added so far is a best plan for them, certified by
 * the prices (reduced costs ≥ 0):
 * - an assigned lead earns at least as much as at any other of its options, and at least 0;
 * - an added lead left unassigned earns at most 0 at every option;
 * - a place with room has π = 0 (a full place may have any π ≥ 0).
 *
 * Adding lead j runs Dijkstra over places from j: j enters at one of its options, a lead at a
 * reached place may move on to another of its options, and the path ends at a place with
 * room, or by leaving out a lead of a reached place, or at once by leaving out j — whichever
 * loses least. The best plan for the leads added so far plus j differs from the current one by
 * exactly that path (the rest of the difference would be a cycle, and no cycle gains), so
 * applying it and lowering the reached places' distances into their prices keeps the
 * invariant. Distances are relative to what j earns at its best option, which bounds every
 * search: nothing costs more than leaving j out.
 */
export class Flow {
  /** The place of each lead, or -1. */
  readonly placeOf: Int32Array;
  /** What each assigned lead is worth at its place. */
  private readonly worth: Float64Array;
  /** Leads at place i are `members[slotStart[i] .. slotStart[i] + load[i])`. */
  private readonly members: Int32Array;
  private readonly slotStart: Int32Array;
  private readonly slotOf: Int32Array;
  private readonly load: Int32Array;
  private readonly price: Float64Array;
  // Search scratch space, cleared after each search.
  private readonly dist: Float64Array;
  private readonly settled: Uint8Array;
  private readonly settledList: Int32Array;
  private settledCount = 0;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  /** The lead whose move reached each place, and what it is worth there. */
  private readonly predLead: Int32Array;
  private readonly predValue: Float64Array;
  private readonly heap: IndexedHeap;

  constructor(private readonly net: Network) {
    const leads = net.start.length - 1;
    const places = net.cap.length;
    this.placeOf = new Int32Array(leads).fill(-1);
    this.worth = new Float64Array(leads);
    this.slotOf = new Int32Array(leads);
    this.slotStart = new Int32Array(places);
    let slots = 0;
    for (let i = 0; i < places; i += 1) {
      this.slotStart[i] = slots;
      slots += net.cap[i]!;
    }
    this.members = new Int32Array(slots);
    this.load = new Int32Array(places);
    this.price = new Float64Array(places);
    this.dist = new Float64Array(places).fill(INF);
    this.settled = new Uint8Array(places);
    this.settledList = new Int32Array(places);
    this.touched = new Int32Array(places);
    this.predLead = new Int32Array(places);
    this.predValue = new Float64Array(places);
    this.heap = new IndexedHeap(places, this.dist);
  }

  /** Reduced cost of ending a path at place i with a new lead: 0 with room, else impossible. */
  private exitCost(i: number): number {
    return this.load[i]! < this.net.cap[i]! ? -this.price[i]! : INF;
  }

  /** Adds lead j and restores a best plan (see the class comment). */
  add(j: number): void {
    const { start, optPlace, optValue } = this.net;
    const { price, dist } = this;
    // What j earns at its best option (at least 0, the worth of leaving it out).
    let earns = 0;
    let best = -1;
    for (let k = start[j]!; k < start[j + 1]!; k += 1) {
      const gain = optValue[k]! - price[optPlace[k]!]!;
      if (gain > earns) {
        earns = gain;
        best = k;
      }
    }
    if (best === -1) return;
    const bestPlace = optPlace[best]!;
    if (this.exitCost(bestPlace) <= 0) {
      this.place(j, bestPlace, optValue[best]!, this.openSlot(bestPlace));
      return;
    }
    for (let k = start[j]!; k < start[j + 1]!; k += 1) {
      const to = optPlace[k]!;
      this.relax(to, earns - optValue[k]! + price[to]!, earns, j, optValue[k]!);
    }
    let bound = earns;
    let end = -1;
    let drop = -1;
    while (this.heap.size > 0) {
      const i = this.heap.peek();
      const di = dist[i]!;
      if (di >= bound) break;
      this.settle(i);
      const out = di + this.exitCost(i);
      if (out < bound) {
        bound = out;
        end = i;
        drop = -1;
      }
      const left = di - price[i]!;
      for (let s = this.slotStart[i]!, e = s + this.load[i]!; s < e; s += 1) {
        const lead = this.members[s]!;
        if (left + this.worth[lead]! < bound) {
          bound = left + this.worth[lead]!;
          end = i;
          drop = lead;
        }
      }
      this.relaxFrom(i, di, bound);
    }
    for (let s = 0; s < this.settledCount; s += 1) {
      const i = this.settledList[s]!;
      price[i]! += bound - dist[i]!;
    }
    this.clearSearch();
    if (end !== -1) this.shiftInto(end, drop);
  }

  private settle(i: number): void {
    this.heap.pop();
    this.settled[i] = 1;
    this.settledList[this.settledCount++] = i;
  }

  private relax(to: number, d: number, bound: number, lead: number, value: number): void {
    const { dist } = this;
    if (d >= dist[to]! || d >= bound) return;
    if (dist[to] === INF) this.touched[this.touchedCount++] = to;
    dist[to] = d;
    this.predLead[to] = lead;
    this.predValue[to] = value;
    this.heap.upsert(to);
  }

  /** Relaxes the moves of each lead at settled place i to its other options. */
  private relaxFrom(i: number, di: number, bound: number): void {
    const { start, optPlace, optValue } = this.net;
    const { price, settled, worth, members, dist, predLead, predValue, heap } = this;
    const left = di - price[i]!;
    for (let s = this.slotStart[i]!, e = s + this.load[i]!; s < e; s += 1) {
      const lead = members[s]!;
      const base = left + worth[lead]!;
      for (let k = start[lead]!, kEnd = start[lead + 1]!; k < kEnd; k += 1) {
        const to = optPlace[k]!;
        if (settled[to] === 1) continue;
        const d = base - optValue[k]! + price[to]!;
        if (d >= dist[to]! || d >= bound) continue;
        if (dist[to] === INF) this.touched[this.touchedCount++] = to;
        dist[to] = d;
        predLead[to] = lead;
        predValue[to] = optValue[k]!;
        heap.upsert(to);
      }
    }
  }

  private clearSearch(): void {
    for (let s = 0; s < this.settledCount; s += 1) this.settled[this.settledList[s]!] = 0;
    for (let t = 0; t < this.touchedCount; t += 1) this.dist[this.touched[t]!] = INF;
    this.settledCount = 0;
    this.touchedCount = 0;
    this.heap.clear();
  }

  /**
   * Applies the path ending at place `end`: into a new slot there, or into the slot of the
   * lead `drop`, which is left out. Each lead on the path moves one step forward, back to the
   * lead being added.
   */
  private shiftInto(end: number, drop: number): void {
    let at = end;
    let slot: number;
    if (drop === -1) {
      slot = this.openSlot(end);
    } else {
      slot = this.slotOf[drop]!;
      this.placeOf[drop] = -1;
    }
    for (;;) {
      const lead = this.predLead[at]!;
      const from = this.placeOf[lead]!;
      const fromSlot = this.slotOf[lead]!;
      this.place(lead, at, this.predValue[at]!, slot);
      if (from === -1) return;
      at = from;
      slot = fromSlot;
    }
  }

  /** Takes a new slot at place i. */
  private openSlot(i: number): number {
    const slot = this.slotStart[i]! + this.load[i]!;
    this.load[i]! += 1;
    return slot;
  }

  private place(lead: number, i: number, value: number, slot: number): void {
    this.members[slot] = lead;
    this.placeOf[lead] = i;
    this.slotOf[lead] = slot;
    this.worth[lead] = value;
  }

  /**
   * Leads left out because they are worth nothing anywhere go to their first listed place with
   * room: the total is unchanged (such a place has price 0, so the lead is worth 0 there) and a
   * rep is better than none.
   */
  placeWorthless(): void {
    const { start, optPlace, optValue, cap } = this.net;
    for (let j = 0; j < this.placeOf.length; j += 1) {
      if (this.placeOf[j] !== -1) continue;
      for (let k = start[j]!; k < start[j + 1]!; k += 1) {
        const i = optPlace[k]!;
        if (this.load[i]! < cap[i]!) {
          this.place(j, i, optValue[k]!, this.openSlot(i));
          break;
        }
      }
    }
  }
}
