import { expForecast } from './exp-forecast.ts';
import { normalBounds } from './intervals.ts';
import { tailValues } from './log-cache.ts';
import { quantileInPlace } from './quantile.ts';
import { Scratch } from './scratch.ts';
import { mad, median } from './stats.ts';
import type { FittedBase, Forecaster, PointForecast } from './types.ts';

/** Fitted robust trend: level at the last day, slope, seasonal factors. */
export interface RobustTrendFit extends FittedBase {
  readonly level: number;
  readonly slope: number;
  /** Factor of index `(n + i) mod m` at position `i`. */
  readonly factors: readonly number[];
  readonly log: boolean;
  readonly used: number;
}

/**
 * Fit a robust trend on the last year (logs when positive): Theil–Sen
 * slope of block means, median seasonal factors, and the level as the
 * median of the last four weeks' adjusted values, so outliers cannot bend it.
 *
 * @param values - finite series
 * @param season - season length
 * @returns fitted state
 * @example
 * fitRobustTrend([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14], 7).slope;
 */
export function fitRobustTrend(
  values: readonly number[],
  season: number,
): RobustTrendFit {
  const used = Math.min(values.length, 365);
  const { y, log } = tailValues(values, values.length - used, true);
  const m = used >= 2 * season ? season : 1;
  const block = Math.max(m, 7);
  const slope = theilSenSlope(blockMeans(y, used, block), block);
  // Indexed loops: from `map`'s callback each value came back as a heap
  // number, twice the bytes of the array itself.
  const detrended = new Array<number>(used);
  for (let i = 0; i < used; i += 1) {
    detrended[i] = y[i]! - slope * (i - (used - 1));
  }
  const factors = seasonalFactors(detrended, m);
  const adjusted = new Array<number>(used);
  for (let i = 0; i < used; i += 1) {
    adjusted[i] = detrended[i]! - factors[(i - used + m * used) % m]!;
  }
  const level = median(adjusted.slice(Math.max(0, used - 28)));
  const steps = new Array<number>(used);
  for (let i = 0; i < used; i += 1) {
    steps[i] = adjusted[i]! - (i > 0 ? adjusted[i - 1]! : adjusted[i]!);
  }
  const sigma = mad(steps);
  return { level, slope, factors, log, used, sigma: sigma / Math.SQRT2 };
}

/**
 * Means of the whole blocks ending on the last day, in time order (pushed
 * from the first: `unshift` moved every mean already there).
 */
function blockMeans(y: readonly number[], used: number, block: number) {
  const means: number[] = [];
  for (let end = (used % block) + block; end <= used; end += block) {
    let s = 0;
    for (let i = end - block; i < end; i += 1) s += y[i]!;
    means.push(s / block);
  }
  return means;
}

/** The pairwise slopes of {@link theilSenSlope}, kept from call to call. */
const slopeScratch = new Scratch();

/** Theil–Sen slope per day: the median of the pairwise block slopes. */
function theilSenSlope(means: readonly number[], block: number): number {
  const count = (means.length * (means.length - 1)) / 2;
  // Readable form: median of the slopes in a fresh array; here the finite
  // ones, in the same order, in a reused buffer, selected in place (what
  // `median` does with its copy of them).
  const slopes = slopeScratch.take(count);
  let k = 0;
  for (let i = 0; i < means.length; i += 1) {
    for (let j = i + 1; j < means.length; j += 1) {
      const s = (means[j]! - means[i]!) / ((j - i) * block);
      if (Number.isFinite(s)) slopes[k++] = s;
    }
  }
  return count > 0 ? quantileInPlace(slopes, k, 0.5) : 0;
}

function seasonalFactors(d: readonly number[], m: number) {
  if (m === 1) return [0];
  const center = median(d);
  // Readable form: push v − center into its phase's array, in time order,
  // then the median of each; here one typed buffer, refilled per phase.
  const n = d.length;
  const buf = new Float64Array(Math.ceil(n / m));
  const raw: number[] = [];
  for (let phase = 0; phase < m; phase += 1) {
    let k = 0;
    // The days i with (i − n + m·n) mod m = phase, in time order.
    for (let i = (phase + n) % m; i < n; i += m) {
      const v = d[i]! - center;
      if (Number.isFinite(v)) buf[k++] = v;
    }
    raw.push(quantileInPlace(buf, k, 0.5));
  }
  const mean = raw.reduce((s, x) => s + x, 0) / m;
  return raw.map((x) => x - mean);
}

/**
 * Predict from a robust trend.
 *
 * @param fit - from {@link fitRobustTrend}
 * @param horizon - days ahead
 * @param levels - levels in percent
 * @returns mean and bounds
 * @example
 * predictRobustTrend(fitRobustTrend(y, 7), 30, [80]);
 */
export function predictRobustTrend(
  fit: RobustTrendFit,
  horizon: number,
  levels: readonly number[],
): PointForecast {
  const m = fit.factors.length;
  const mu: number[] = [];
  const sd: number[] = [];
  // The deviations feed only the bounds: none without levels (backtests).
  const wide = levels.length > 0;
  for (let h = 1; h <= horizon; h += 1) {
    mu.push(fit.level + fit.slope * h + fit.factors[(h - 1 + m * h) % m]!);
    if (wide) sd.push(fit.sigma * Math.sqrt(h) * Math.sqrt(1 + h / fit.used));
  }
  const b = normalBounds(mu, sd, levels);
  return fit.log ? expForecast(b, 0) : b;
}

/** Robust (Theil–Sen) trend with median weekly factors. */
export const robustTrend: Forecaster<RobustTrendFit> = {
  name: 'robust-trend',
  minLength: 14,
  fit: fitRobustTrend,
  predict: predictRobustTrend,
  forecast: (values, season, horizon, levels) =>
    predictRobustTrend(fitRobustTrend(values, season), horizon, levels),
};
