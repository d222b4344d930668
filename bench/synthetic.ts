/** Synthetic traffic-like daily series shared by the speed benchmarks. */
import { mulberry32 } from '#lib/sample/prng';

/**
 * A traffic-like series: growth, weekly and yearly pattern, noise, dips.
 *
 * @param seed - series seed
 * @param length - days
 * @returns the values (NaN for a few missing days)
 */
export function synthetic(seed: number, length: number): number[] {
  const rnd = mulberry32(seed);
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
