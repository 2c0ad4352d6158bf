/** A small seeded generator (mulberry32): the demo portfolio is the same on every machine. */
export class DemoRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) {
      throw new RangeError('pick from an empty list');
    }
    return item;
  }

  /** `count` different items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0] as T);
    }
    return chosen;
  }

  /** Whole percentages adding up to exactly 100, one per part. */
  percentages(parts: number): number[] {
    if (parts <= 1) {
      return [100];
    }
    const weights = Array.from({ length: parts }, () => 1 + this.int(1, 9));
    const sum = weights.reduce((total, weight) => total + weight, 0);
    const shares = weights.map((weight) => Math.floor((weight * 100) / sum));
    shares[0] = (shares[0] ?? 0) + 100 - shares.reduce((total, share) => total + share, 0);
    return shares;
  }
}
