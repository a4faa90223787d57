/**
 * A seeded pseudo-random generator for demo and benchmark data: the same seed always yields the same
 * sequence, on every platform, because it uses only 32-bit integer arithmetic. Not for cryptography.
 */
// Module-level aliases skip a global lookup per call, which is slow inside vm contexts such as Jest's.
const { floor, imul } = Math;

export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    if (!Number.isSafeInteger(seed)) {
      throw new RangeError(`The demo seed must be an integer, got ${String(seed)}.`);
    }
    this.state = seed >>> 0;
  }

  /** Returns a float in [0, 1) from mulberry32 (Tommy Ettinger's 32-bit generator, public domain). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Returns an integer in [min, max], both inclusive. */
  integer(min: number, max: number): number {
    return min + floor(this.next() * (max - min + 1));
  }

  /** Returns true with probability `probability`. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new RangeError('Cannot pick from an empty list.');
    }
    return items[floor(this.next() * items.length)];
  }

  /** Returns a multiple of `step` in [min, max], for amounts such as KRW prices rounded to 10,000. */
  amount(min: number, max: number, step: number): number {
    return this.integer(Math.ceil(min / step), Math.floor(max / step)) * step;
  }

  /** Returns a string of the given length drawn from `alphabet`. */
  characters(alphabet: string, length: number): string {
    let text = '';
    for (let index = 0; index < length; index += 1) {
      text += alphabet[floor(this.next() * alphabet.length)];
    }
    return text;
  }

  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let index = items.length - 1; index > 0; index -= 1) {
      const other = floor(this.next() * (index + 1));
      const swapped = items[index];
      items[index] = items[other];
      items[other] = swapped;
    }
    return items;
  }
}

/**
 * Picks items by weight in O(log n) per draw, using cumulative weights and a binary search. Items with
 * weight 0 are never picked.
 */
export class WeightedChoice<T> {
  private readonly items: readonly T[];
  private readonly cumulative: number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    const items: T[] = [];
    const cumulative: number[] = [];
    let total = 0;
    for (const [item, weight] of entries) {
      if (!(weight >= 0)) {
        throw new RangeError(`Weights must be zero or positive, got ${weight}.`);
      }
      total += weight;
      items.push(item);
      cumulative.push(total);
    }
    if (total <= 0) {
      throw new RangeError('A weighted choice needs at least one positive weight.');
    }
    this.items = items;
    this.cumulative = cumulative;
  }

  pick(random: SeededRandom): T {
    const target = random.next() * this.cumulative[this.cumulative.length - 1];
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle] > target) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return this.items[low];
  }
}

/**
 * Derives an independent seed for one named stream (FNV-1a over the label, mixed with the seed), so each
 * register draws from its own sequence and a change in one generator leaves the others' data unchanged.
 */
export function deriveSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let index = 0; index < label.length; index += 1) {
    hash ^= label.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= Math.floor(seed / 4294967296) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
