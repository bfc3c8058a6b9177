/**
 * An indexed binary min-heap of small integers (the optimiser's places) keyed by a shared
 * array of tentative distances, with decrease-key: the priority queue of the shortest-path
 * searches. Equal keys leave in a fixed order given the same sequence of operations, so
 * searches are repeatable.
 */
export class IndexedHeap {
  private readonly items: Int32Array;
  /** Position of each index in `items`, or -1 when it is not queued. */
  private readonly position: Int32Array;
  private count = 0;

  constructor(
    size: number,
    private readonly key: Float64Array,
  ) {
    this.items = new Int32Array(size);
    this.position = new Int32Array(size).fill(-1);
  }

  get size(): number {
    return this.count;
  }

  /** The index with the smallest key; call only when the heap is not empty. */
  peek(): number {
    return this.items[0]!;
  }

  pop(): number {
    const top = this.items[0]!;
    this.position[top] = -1;
    this.count -= 1;
    if (this.count > 0) {
      const last = this.items[this.count]!;
      this.items[0] = last;
      this.position[last] = 0;
      this.down(0);
    }
    return top;
  }

  /** Queues an index, or moves it up after its key was lowered. */
  upsert(index: number): void {
    let at = this.position[index]!;
    if (at === -1) {
      at = this.count;
      this.count += 1;
      this.items[at] = index;
      this.position[index] = at;
    }
    this.up(at);
  }

  clear(): void {
    for (let k = 0; k < this.count; k += 1) this.position[this.items[k]!] = -1;
    this.count = 0;
  }

  private up(at: number): void {
    const index = this.items[at]!;
    const k = this.key[index]!;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const above = this.items[parent]!;
      if (this.key[above]! <= k) break;
      this.items[at] = above;
      this.position[above] = at;
      at = parent;
    }
    this.items[at] = index;
    this.position[index] = at;
  }

  private down(at: number): void {
    const index = this.items[at]!;
    const k = this.key[index]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.count) break;
      const right = child + 1;
      if (right < this.count && this.key[this.items[right]!]! < this.key[this.items[child]!]!) {
        child = right;
      }
      const below = this.items[child]!;
      if (this.key[below]! >= k) break;
      this.items[at] = below;
      this.position[below] = at;
      at = child;
    }
    this.items[at] = index;
    this.position[index] = at;
  }
}
