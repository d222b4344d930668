/**
 * The older of the repository's two seeded generators. New code draws from
 * `mulberry32` (`./prng.ts`); this one stays because the report fixtures
 * (`syntheticInput`, `syntheticAccuracy`) and the accuracy-publish
 * benchmark's synthetic fleet draw from it, and the pages compared across
 * versions (docs/benchmarks.md, by SHA-256) depend on its exact numbers.
 */
import type { Rng } from './prng.ts';

/**
 * A 32-bit linear congruential generator with the multiplier 1664525 and
 * increment 1013904223 (Press et al., Numerical Recipes, 2nd ed., §7.1,
 * "An Even Quicker Generator"): the state steps to `a·s + c mod 2³²`.
 *
 * @param seed - any integer (taken modulo 2³²)
 * @returns a function giving the next uniform number in [0, 1)
 * @example
 * const rng = lcg32(7); rng(); // 0.2387…
 */
export function lcg32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
