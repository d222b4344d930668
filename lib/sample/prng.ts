/**
 * Seeded pseudo-random numbers for the sample generator. Everything random in
 * the sample comes from here, so the same seed gives the same lake. (The
 * report fixtures' older generator is `lcg32`, in `./lcg32.ts`.)
 */

/** A stream of uniform numbers in [0, 1). */
export type Rng = () => number;

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state generator that
 * is fast and good enough for synthetic data.
 *
 * @param seed - any 32-bit integer
 * @returns a function giving the next uniform number in [0, 1)
 * @example
 * const rng = mulberry32(1); rng(); // 0.627…
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Mixes integers into one 32-bit seed (murmur3's finaliser on each step), so
 * that every (seed, link, day) gets its own independent stream and a day can
 * be generated without generating the days before it.
 *
 * @param parts - integers to mix, e.g. seed, purpose, link index, day
 * @returns a 32-bit unsigned seed
 * @example
 * mulberry32(mixSeed(1, 7, 20000))();
 */
export function mixSeed(...parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part | 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/**
 * A stream for one purpose: `streamFor(seed, PURPOSE, a, b)`.
 *
 * @param parts - the seed followed by integers naming the purpose
 * @returns a seeded generator
 * @example
 * const rng = streamFor(1, 3, 42);
 */
export function streamFor(...parts: readonly number[]): Rng {
  return mulberry32(mixSeed(...parts));
}

/**
 * A uniform number in [min, max).
 *
 * @param rng - the generator
 * @param min - lower bound
 * @param max - upper bound (excluded)
 * @returns the number
 * @example
 * between(rng, 0.1, 0.3);
 */
export function between(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng();
}

/**
 * A uniform whole number in [min, max].
 *
 * @param rng - the generator
 * @param min - smallest value
 * @param max - largest value
 * @returns the number
 * @example
 * wholeBetween(rng, 1, 4);
 */
export function wholeBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/**
 * One item chosen by weight.
 *
 * @param rng - the generator
 * @param items - pairs of item and positive weight
 * @returns the chosen item
 * @example
 * pickWeighted(rng, [['pni', 3], ['ix', 1]]);
 */
export function pickWeighted<T>(
  rng: Rng,
  items: readonly (readonly [T, number])[],
): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let left = rng() * total;
  for (const [item, weight] of items) {
    left -= weight;
    if (left < 0) return item;
  }
  return items[items.length - 1]![0];
}

/**
 * A shuffled copy (Fisher–Yates).
 *
 * @param rng - the generator
 * @param items - what to shuffle (left untouched)
 * @returns a new array in random order
 * @example
 * shuffled(rng, [1, 2, 3]);
 */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * A standard normal number (Box–Muller).
 *
 * @param rng - the generator
 * @returns a draw from N(0, 1)
 * @example
 * normal(rng) * 0.03;
 */
export function normal(rng: Rng): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}
