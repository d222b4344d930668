import { normalBounds } from './intervals.ts';
import { fitSeasonalNaive } from './seasonal-naive.ts';
import { median } from './stats.ts';
import type { FittedBase, Forecaster, PointForecast } from './types.ts';

/** Seasons whose median is the level: four weeks, as robust-trend's. */
export const MEDIAN_SEASONS = 4;

/** Fitted seasonal median: a robust last season and a drift. */
export interface SeasonalMedianFit extends FittedBase {
  /** Per phase of the last season, the median of its last seasons. */
  readonly base: readonly number[];
  /** Change per day, from the first seasons' medians to the last ones'. */
  readonly drift: number;
  /** Days by which the medians lag behind the last season. */
  readonly lag: number;
}

/**
 * Fit the seasonal median: seasonal naive with drift whose last season is,
 * day by day, the median of the same day in the last {@link MEDIAN_SEASONS}
 * seasons (fewer when the series is shorter), so one bad week (an outage,
 * a spike the cleaning missed, a holiday) does not become the forecast.
 * The medians lie (k − 1)/2 seasons back; the drift, the change per day
 * between the medians of the first seasons (up to k of those the last ones
 * do not use, so a bad first week does not tilt it either) and the last
 * ones, carries them forward (with one season it is seasonal naive's
 * drift).
 *
 * @param values - finite observations
 * @param season - season length
 * @returns fitted state
 * @example
 * fitSeasonalMedian([1, 5, 1, 5, 9, 5, 1, 5], 2).base; // [1, 5]
 */
export function fitSeasonalMedian(
  values: readonly number[],
  season: number,
): SeasonalMedianFit {
  const naive = fitSeasonalNaive(values, season);
  const n = values.length;
  const m = Math.max(1, naive.lastSeason.length);
  const k = Math.max(1, Math.min(MEDIAN_SEASONS, Math.floor(n / m)));
  const buf = new Float64Array(k);
  const base: number[] = [];
  for (let p = n - m; p < n; p += 1) {
    for (let j = 0; j < k; j += 1) buf[j] = values[p - j * m]!;
    base.push(median(buf));
  }
  const lag = ((k - 1) / 2) * m;
  // The first seasons' medians too, from seasons the last ones do not use.
  const first = Math.max(1, Math.min(k, Math.floor(n / m) - k));
  const firstBuf = new Float64Array(first);
  let change = 0;
  for (let q = 0; q < m; q += 1) {
    for (let j = 0; j < first; j += 1) firstBuf[j] = values[q + j * m]!;
    change += base[q]! - median(firstBuf);
  }
  const span = n - m - lag - ((first - 1) / 2) * m;
  const drift = span > 0 ? change / m / span : 0;
  return { base, drift, lag, sigma: naive.sigma };
}

/**
 * Predict from a seasonal median fit; the bounds are seasonal naive's
 * (variance growing with the whole seasons ahead).
 *
 * @param fit - from {@link fitSeasonalMedian}
 * @param horizon - days ahead
 * @param levels - interval levels in percent
 * @returns mean and bounds
 * @example
 * predictSeasonalMedian(fitSeasonalMedian([1, 5, 1, 5], 2), 2, [80]).mean;
 */
export function predictSeasonalMedian(
  fit: SeasonalMedianFit,
  horizon: number,
  levels: readonly number[],
): PointForecast {
  const m = fit.base.length;
  const mean: number[] = [];
  const sd: number[] = [];
  // The deviations feed only the bounds: none without levels (backtests).
  const wide = levels.length > 0;
  for (let h = 1; h <= horizon; h += 1) {
    const ahead = Math.floor((h - 1) / m) + 1;
    mean.push(fit.base[(h - 1) % m]! + fit.drift * (m * ahead + fit.lag));
    if (wide) sd.push(fit.sigma * Math.sqrt(ahead));
  }
  return normalBounds(mean, sd, levels);
}

/**
 * Seasonal naive with drift on the median of the last four seasons, the
 * pools' seasonal member (docs/architecture.md "The forecast engine").
 */
export const seasonalMedian: Forecaster<SeasonalMedianFit> = {
  name: 'snaive-median',
  minLength: 1,
  fit: fitSeasonalMedian,
  predict: predictSeasonalMedian,
  forecast: (values, season, horizon, levels) =>
    predictSeasonalMedian(fitSeasonalMedian(values, season), horizon, levels),
};
