import { SeededRandom, WeightedChoice, deriveSeed } from '../../../src/core/demo/seededRandom';

const draw = (random: SeededRandom, count: number): number[] => Array.from({ length: count }, () => random.next());

describe('SeededRandom', () => {
  test('same seed repeats the sequence', () => {
    expect(draw(new SeededRandom(42), 100)).toEqual(draw(new SeededRandom(42), 100));
  });

  test('different seeds give different sequences', () => {
    expect(draw(new SeededRandom(42), 10)).not.toEqual(draw(new SeededRandom(43), 10));
  });

  test('mulberry32 first outputs for seed 0', () => {
    // Output of the widely copied public-domain JavaScript mulberry32 (bryc, "PRNGs" gist) for seed 0.
    expect(draw(new SeededRandom(0), 3)).toEqual([0.26642920868471265, 0.0003297457005828619, 0.2232720274478197]);
  });

  test('matches a BigInt mulberry32 for negative and large seeds', () => {
    for (const seed of [-1, 12345, 2 ** 31 + 7]) {
      expect(draw(new SeededRandom(seed), 200)).toEqual(referenceMulberry32(seed, 200));
    }
  });

  test('values lie in [0, 1) and spread evenly', () => {
    const values = draw(new SeededRandom(7), 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const buckets = new Array(10).fill(0);
    values.forEach((value) => (buckets[Math.floor(value * 10)] += 1));
    for (const bucket of buckets) {
      expect(bucket).toBeGreaterThan(1_800);
      expect(bucket).toBeLessThan(2_200);
    }
  });

  test('integer covers both bounds', () => {
    const random = new SeededRandom(3);
    const seen = new Set(Array.from({ length: 500 }, () => random.integer(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('amount returns multiples of the step', () => {
    const random = new SeededRandom(5);
    for (let index = 0; index < 200; index += 1) {
      const amount = random.amount(1_234_000, 3_500_000, 10_000);
      expect(amount % 10_000).toBe(0);
      expect(amount).toBeGreaterThanOrEqual(1_240_000);
      expect(amount).toBeLessThanOrEqual(3_500_000);
    }
  });

  test('shuffle keeps every item', () => {
    const items = Array.from({ length: 50 }, (_, index) => index);
    const shuffled = new SeededRandom(1).shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });

  test('non-integer seed is rejected', () => {
    expect(() => new SeededRandom(0.5)).toThrow(RangeError);
  });

  test('pick from an empty list throws', () => {
    expect(() => new SeededRandom(1).pick([])).toThrow(RangeError);
  });
});

describe('WeightedChoice', () => {
  test('frequencies follow the weights', () => {
    const choice = new WeightedChoice([
      ['a', 1],
      ['b', 3],
      ['never', 0],
    ] as const);
    const random = new SeededRandom(11);
    const counts = { a: 0, b: 0, never: 0 };
    for (let index = 0; index < 8_000; index += 1) {
      counts[choice.pick(random)] += 1;
    }
    expect(counts.never).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.7);
    expect(counts.b / counts.a).toBeLessThan(3.3);
  });

  test('all-zero weights are rejected', () => {
    expect(() => new WeightedChoice([['a', 0]])).toThrow(RangeError);
  });

  test('negative weight is rejected', () => {
    expect(() => new WeightedChoice([['a', -1]])).toThrow(RangeError);
  });
});

describe('deriveSeed', () => {
  test('labels give independent seeds', () => {
    expect(deriveSeed(1, 'assets')).not.toBe(deriveSeed(1, 'ledger'));
    expect(deriveSeed(1, 'assets')).not.toBe(deriveSeed(2, 'assets'));
    expect(deriveSeed(1, 'assets')).toBe(deriveSeed(1, 'assets'));
  });

  test('seeds beyond 32 bits still differ', () => {
    expect(deriveSeed(1, 'assets')).not.toBe(deriveSeed(1 + 2 ** 32, 'assets'));
  });
});

/** mulberry32 written with BigInt modular arithmetic, independent of Math.imul and 32-bit coercions. */
function referenceMulberry32(seed: number, count: number): number[] {
  const mask = (1n << 32n) - 1n;
  const mul = (a: bigint, b: bigint): bigint => (a * b) & mask;
  let state = BigInt.asUintN(32, BigInt(seed));
  const values: number[] = [];
  for (let index = 0; index < count; index += 1) {
    state = (state + 0x6d2b79f5n) & mask;
    let t = state;
    t = mul(t ^ (t >> 15n), t | 1n);
    t = t ^ ((t + mul(t ^ (t >> 7n), t | 61n)) & mask);
    values.push(Number((t ^ (t >> 14n)) & mask) / 4294967296);
  }
  return values;
}
