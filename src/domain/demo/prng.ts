/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32) for the demo
 * workspace. The domain uses no platform randomness: every random choice of the demo comes from
 * here, so one seed always yields the same data, ids included.
 */

export type Prng = {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Uniform float in [min, max). */
  float(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element, uniformly. Throws on an empty list (a programming error). */
  pick<T>(items: readonly T[]): T;
  /** One element, with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A new array with the elements in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** A uuid-v4-shaped id drawn from this generator (deterministic, not cryptographic). */
  uuid(): string;
};

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** splitmix32: spreads a 32-bit seed over the state words so nearby seeds diverge at once. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a hash of a label: the stream name becomes part of the seed. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Creates a generator from a numeric seed and an optional stream label. Separate streams
 * (`'reps'`, `'accounts'` …) keep one part of the demo unchanged when another part's size
 * changes. Seeds beyond 32 bits keep their high bits; non-integers are floored.
 */
export function createPrng(seed: number, stream = ''): Prng {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const whole = Math.floor(seed);
  const low = whole >>> 0;
  const high = Math.floor(whole / 0x1_0000_0000) >>> 0;
  const mix = splitmix32(low ^ Math.imul(high, 0x27d4eb2d) ^ hashLabel(stream));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();

  const u32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) u32();

  const uuidCodes: number[] = new Array(36).fill(0);
  const next = () => u32() / 0x1_0000_0000;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));

  return {
    next,
    int,
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      let total = 0;
      for (const [, w] of items) total += w;
      if (items.length === 0 || total <= 0) throw new RangeError('weighted pick needs weights');
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      // Rounding left a sliver: the last item that has any weight.
      for (let i = items.length - 1; ; i--) {
        const [item, w] = items[i] as readonly [T, number];
        if (w > 0) return item;
      }
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = out[i] as T;
        out[i] = out[j] as T;
        out[j] = tmp;
      }
      return out;
    },
    uuid(): string {
      // Built from character codes: one flat string (a concatenation would leave a rope of
      // ~20 parts, about 8× the memory, which matters at a million rows).
      const w = [u32(), u32(), u32(), u32()];
      let k = 0;
      for (let i = 0; i < 32; i++) {
        if (i === 8 || i === 12 || i === 16 || i === 20) uuidCodes[k++] = 45; // '-'
        let nibble = ((w[i >> 3] as number) >>> ((7 - (i & 7)) * 4)) & 0x0f;
        if (i === 12) nibble = 4;
        else if (i === 16) nibble = 0x8 | (nibble & 0x3);
        uuidCodes[k++] = HEX_CODES[nibble] as number;
      }
      return String.fromCharCode.apply(null, uuidCodes);
    },
  };
}

/**
 * Precomputed weighted picker for hot loops: O(log n) per pick over cumulative weights, so
 * picking a city or an industry a million times stays linear in practice.
 */
export function weightedPicker<T>(items: readonly (readonly [T, number])[]): (rng: Prng) => T {
  const values = items.map(([v]) => v);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of items) {
    total += w;
    cumulative.push(total);
  }
  if (values.length === 0 || total <= 0) throw new RangeError('weighted picker needs weights');
  return (rng) => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    return values[lo] as T;
  };
}

/**
 * Returns `s` as one flat string. Template literals build ropes; flattening before a string is
 * stored keeps a million generated rows within memory (V8 flattens in place on first read).
 */
export function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}
