// Node only (bench): a small seeded PRNG so every synthetic catalogue is reproducible.

/** mulberry32: fast, good enough for test data, fully deterministic for a given seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a string (FNV-1a), to derive seeds from names. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** Picks with weights (same length as list). */
  weighted<T>(list: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((s, w) => s + w, 0);
    let r = this.next() * total;
    for (let i = 0; i < list.length; i++) {
      r -= weights[i]!;
      if (r < 0) return list[i]!;
    }
    return list[list.length - 1]!;
  }
  /** Zipf-like pick: low indexes much more often, like word frequencies in real text. */
  zipf<T>(list: readonly T[], s = 1.1): T {
    // Inverse-CDF approximation of a bounded power law over ranks 1..n.
    const n = list.length;
    const u = this.next();
    const rank = Math.floor(Math.pow(n + 1, Math.pow(u, s))) - 1;
    return list[Math.min(n - 1, Math.max(0, rank))]!;
  }
  /** k distinct items, in random order. */
  sample<T>(list: readonly T[], k: number): T[] {
    const copy = [...list];
    const out: T[] = [];
    for (let i = 0; i < k && copy.length > 0; i++) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
}
