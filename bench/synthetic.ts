/** Synthetic traffic-like daily series shared by the speed benchmarks. */

/** Deterministic PRNG (mulberry32), so runs are comparable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A traffic-like series: growth, weekly and yearly pattern, noise, dips.
 *
 * @param seed - series seed
 * @param length - days
 * @returns the values (NaN for a few missing days)
 */
export function synthetic(seed: number, length: number): number[] {
  const rnd = random(seed);
  const level = 1e8 * 10 ** (rnd() * 4);
  const growth = (rnd() - 0.2) * 0.8;
  const weekly = rnd() * 0.3;
  const noise = 0.02 + rnd() * 0.08;
  return Array.from({ length }, (_, t) => {
    const trend = level * Math.exp((growth * t) / 365);
    const week = 1 + weekly * Math.sin((2 * Math.PI * t) / 7);
    const year = 1 + 0.1 * Math.sin((2 * Math.PI * t) / 365.25);
    const dip = rnd() < 0.01 ? 0.1 : 1;
    const gap = rnd() < 0.005 ? Number.NaN : 1;
    return trend * week * year * dip * gap * (1 + noise * (rnd() - 0.5) * 2);
  });
}
