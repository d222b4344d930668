import type { SidedMultipliers } from './conformal.ts';
import { type Widening, widenAt } from './settings.ts';
import { zForLevel } from './stats.ts';
import type { PointForecast } from './types.ts';

/**
 * Symmetric normal bounds around `mean` with step standard deviations `sd`.
 * Higher levels get wider bounds, so levels are nested.
 *
 * @param mean - point forecast per step
 * @param sd - standard deviation per step (non-negative)
 * @param levels - levels in percent
 * @returns mean, lower and upper keyed by level
 * @example
 * normalBounds([10], [1], [95]).upper[95]; // [11.96]
 */
export function normalBounds(
  mean: readonly number[],
  sd: readonly number[],
  levels: readonly number[],
): PointForecast {
  const lower: Record<number, number[]> = {};
  const upper: Record<number, number[]> = {};
  for (const level of levels) {
    const z = zForLevel(level);
    lower[level] = mean.map((m, i) => m - z * safe(sd[i]));
    upper[level] = mean.map((m, i) => m + z * safe(sd[i]));
  }
  return { mean, lower, upper };
}

function safe(x: number | undefined): number {
  // Number.isFinite's test spelt out, as in `quantile`: read from a holey
  // array, each value tested became a heap number.
  return typeof x === 'number' && x - x === 0 && x > 0 ? x : 0;
}

/**
 * Bounds `mean − k_lower·sd` and `mean + k_upper·sd`, with multipliers
 * per level on each side.
 *
 * @param mean - point forecast per step
 * @param sd - scale per step
 * @param k - multipliers per level below and above the mean (larger for
 *   higher levels)
 * @returns mean, lower and upper keyed by level
 * @example
 * scaledBounds([10], [1], { lower: { 80: 1.3 }, upper: { 80: 2 } })
 *   .upper[80]; // [12]
 */
export function scaledBounds(
  mean: readonly number[],
  sd: readonly number[],
  k: SidedMultipliers,
): PointForecast {
  const lower: Record<number, number[]> = {};
  const upper: Record<number, number[]> = {};
  for (const level of Object.keys(k.upper).map(Number)) {
    const [below, above] = [k.lower[level] ?? 0, k.upper[level]!];
    // Indexed loops: from `map`'s callback each value came back as a heap
    // number, twice the bytes of the array itself.
    const lo = new Array<number>(mean.length);
    const hi = new Array<number>(mean.length);
    for (let i = 0; i < mean.length; i += 1) {
      lo[i] = mean[i]! - below * safe(sd[i]);
      hi[i] = mean[i]! + above * safe(sd[i]);
    }
    lower[level] = lo;
    upper[level] = hi;
  }
  return { mean, lower, upper };
}

/**
 * A forecast's bounds moved away from its mean by the factor at each
 * level ({@link widenAt}): each side's distance to the mean times it.
 *
 * @param f - the forecast
 * @param widen - the factors at 80 and 95 %
 * @returns the same mean with the bounds widened
 * @example
 * widenAbout({ mean: [10], lower: { 80: [8] }, upper: { 80: [12] } },
 *   { 80: 1.5, 95: 2 }).upper[80]; // [13]
 */
export function widenAbout(f: PointForecast, widen: Widening): PointForecast {
  const levels = Object.keys(f.upper).map(Number);
  const away = (bounds: PointForecast['upper'], level: number) => {
    const k = widenAt(widen, level);
    return bounds[level]!.map((b, i) => f.mean[i]! + k * (b - f.mean[i]!));
  };
  return {
    mean: f.mean,
    lower: Object.fromEntries(levels.map((l) => [l, away(f.lower, l)])),
    upper: Object.fromEntries(levels.map((l) => [l, away(f.upper, l)])),
  };
}
