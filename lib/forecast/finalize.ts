import type { PointForecast } from './types.ts';

/**
 * Make a forecast safe to hand out: every value finite (falling back to
 * `fallback` per step), lower ≤ mean ≤ upper, wider levels containing
 * narrower ones, and, when `floor` is given, nothing below it.
 *
 * @param f - raw forecast
 * @param levels - levels in percent
 * @param fallback - finite value per step used where `f.mean` is not
 * @param floor - lowest allowed value (e.g. 0 for traffic), or undefined
 * @returns the repaired forecast
 * @example
 * finalizeForecast({ mean: [1], lower: { 80: [2] }, upper: { 80: [0] } },
 *   [80], [1], 0).lower[80]; // [1]
 */
export function finalizeForecast(
  f: PointForecast,
  levels: readonly number[],
  fallback: readonly number[],
  floor?: number,
): PointForecast {
  const clampLow = (x: number): number =>
    floor === undefined ? x : Math.max(floor, x);
  const mean = fallback.map((fb, i) => {
    const m = f.mean[i];
    return clampLow(m !== undefined && Number.isFinite(m) ? m : fb);
  });
  const sorted = [...new Set(levels)].sort((a, b) => a - b);
  const lower: Record<number, number[]> = {};
  const upper: Record<number, number[]> = {};
  let innerLo = mean;
  let innerHi = mean;
  for (const level of sorted) {
    const lo = f.lower[level];
    const hi = f.upper[level];
    const l = mean.map((_, i) => {
      const x = lo?.[i];
      const v = x !== undefined && Number.isFinite(x) ? x : innerLo[i]!;
      return clampLow(Math.min(v, innerLo[i]!));
    });
    const u = mean.map((_, i) => {
      const x = hi?.[i];
      const v = x !== undefined && Number.isFinite(x) ? x : innerHi[i]!;
      return Math.max(v, innerHi[i]!);
    });
    lower[level] = l;
    upper[level] = u;
    innerLo = l;
    innerHi = u;
  }
  return { mean, lower, upper };
}
