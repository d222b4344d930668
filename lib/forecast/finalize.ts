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
  // Indexed loops: from `map`'s callback each value came back as a heap
  // number, twice the bytes of the array itself.
  const n = fallback.length;
  const mean = new Array<number>(n);
  for (let i = 0; i < n; i += 1) {
    const m = f.mean[i];
    mean[i] = clampLow(
      m !== undefined && Number.isFinite(m) ? m : fallback[i]!,
    );
  }
  const sorted = [...new Set(levels)].sort((a, b) => a - b);
  const lower: Record<number, number[]> = {};
  const upper: Record<number, number[]> = {};
  let innerLo = mean;
  let innerHi = mean;
  for (const level of sorted) {
    const lo = f.lower[level];
    const hi = f.upper[level];
    const l = new Array<number>(n);
    const u = new Array<number>(n);
    for (let i = 0; i < n; i += 1) {
      const x = lo?.[i];
      const v = x !== undefined && Number.isFinite(x) ? x : innerLo[i]!;
      l[i] = clampLow(Math.min(v, innerLo[i]!));
      const y = hi?.[i];
      const w = y !== undefined && Number.isFinite(y) ? y : innerHi[i]!;
      u[i] = Math.max(w, innerHi[i]!);
    }
    lower[level] = l;
    upper[level] = u;
    innerLo = l;
    innerHi = u;
  }
  return { mean, lower, upper };
}
