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
  const mean = finiteMean(f.mean, fallback, clampLow);
  const sorted = [...new Set(levels)].sort((a, b) => a - b);
  const lower: Record<number, number[]> = {};
  const upper: Record<number, number[]> = {};
  let inner = { lo: mean, hi: mean };
  for (const level of sorted) {
    inner = nestedBounds(f.lower[level], f.upper[level], inner, clampLow);
    lower[level] = inner.lo;
    upper[level] = inner.hi;
  }
  return { mean, lower, upper };
}

/** Each step's mean where finite, else the fallback's; clamped. */
function finiteMean(
  raw: readonly number[],
  fallback: readonly number[],
  clampLow: (x: number) => number,
): number[] {
  // Indexed loops: from `map`'s callback each value came back as a heap
  // number, twice the bytes of the array itself.
  const n = fallback.length;
  const mean = new Array<number>(n);
  for (let i = 0; i < n; i += 1) {
    const m = raw[i];
    // Number.isFinite's test spelt out, as in `quantile`: read from a
    // holey array, each value tested became a heap number.
    mean[i] = clampLow(typeof m === 'number' && m - m === 0 ? m : fallback[i]!);
  }
  return mean;
}

/**
 * One level's bounds, finite (the inner level's where not) and around the
 * inner level's: lower ≤ inner lower (clamped), upper ≥ inner upper.
 */
function nestedBounds(
  lo: readonly number[] | undefined,
  hi: readonly number[] | undefined,
  inner: { readonly lo: number[]; readonly hi: number[] },
  clampLow: (x: number) => number,
): { lo: number[]; hi: number[] } {
  const n = inner.lo.length;
  const l = new Array<number>(n);
  const u = new Array<number>(n);
  for (let i = 0; i < n; i += 1) {
    const x = lo?.[i];
    const v = typeof x === 'number' && x - x === 0 ? x : inner.lo[i]!;
    l[i] = clampLow(Math.min(v, inner.lo[i]!));
    const y = hi?.[i];
    const w = typeof y === 'number' && y - y === 0 ? y : inner.hi[i]!;
    u[i] = Math.max(w, inner.hi[i]!);
  }
  return { lo: l, hi: u };
}
