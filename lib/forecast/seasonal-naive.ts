import { normalBounds } from './intervals.ts';
import type { FittedBase, Forecaster } from './types.ts';

/** Fitted seasonal naive with drift: the last season and a slope. */
export interface SeasonalNaiveFit extends FittedBase {
  readonly lastSeason: readonly number[];
  readonly drift: number;
  readonly n: number;
}

/**
 * Fit seasonal naive with drift: repeat the last season, plus the mean
 * year-on-season change per day. Works from one observation on.
 *
 * @param values - finite observations
 * @param season - season length (1 = naive)
 * @param withDrift - false for no drift (`repeatLastSeason`)
 * @returns fitted state
 * @example
 * fitSeasonalNaive([1, 2, 3, 4], 2).drift; // 1 per day
 */
export function fitSeasonalNaive(
  values: readonly number[],
  season: number,
  withDrift = true,
): SeasonalNaiveFit {
  const n = values.length;
  const m = Math.max(1, Math.min(season, n - 1 > 0 ? n - 1 : 1));
  const lastSeason = values.slice(Math.max(0, n - m));
  let first = 0;
  let last = 0;
  for (let j = 0; j < m; j += 1) {
    first += values[j]!;
    last += values[n - m + j]!;
  }
  const drift = withDrift && n > m ? (last - first) / (n - m) / m : 0;
  // σ: the root mean square of the finite residuals y_t − y_{t−m} − m·drift,
  // summed as they come (no array of them).
  let ss = 0;
  let count = 0;
  for (let t = m; t < n; t += 1) {
    const r = values[t]! - values[t - m]! - drift * m;
    if (Number.isFinite(r)) {
      ss += r * r;
      count += 1;
    }
  }
  const sigma = count === 0 ? 0 : Math.sqrt(ss / count);
  return { lastSeason, drift, n, sigma };
}

/**
 * Predict from a seasonal naive fit. The variance grows with the number of
 * whole seasons ahead, as for a seasonal random walk.
 *
 * @param fit - from {@link fitSeasonalNaive}
 * @param horizon - days ahead
 * @param levels - interval levels in percent
 * @param growth - power of the seasons ahead the deviation grows by (½,
 *   a seasonal random walk's)
 * @returns mean and bounds
 * @example
 * predictSeasonalNaive(fitSeasonalNaive([1, 2], 1), 2, [80]).mean; // [3, 4]
 */
export function predictSeasonalNaive(
  fit: SeasonalNaiveFit,
  horizon: number,
  levels: readonly number[],
  growth = 0.5,
) {
  const m = Math.max(1, fit.lastSeason.length);
  const mean: number[] = [];
  const sd: number[] = [];
  // The deviations feed only the bounds: none without levels (backtests).
  const wide = levels.length > 0;
  for (let h = 1; h <= horizon; h += 1) {
    const k = Math.floor((h - 1) / m);
    const base = fit.lastSeason[(h - 1) % m] ?? 0;
    mean.push(base + fit.drift * m * (k + 1));
    if (wide) sd.push(fit.sigma * (k + 1) ** growth);
  }
  return normalBounds(mean, sd, levels);
}

/** Seasonal naive with drift, the baseline and the fallback. */
export const seasonalNaive: Forecaster<SeasonalNaiveFit> = {
  name: 'snaive-drift',
  minLength: 1,
  fit: fitSeasonalNaive,
  predict: predictSeasonalNaive,
  forecast: (values, season, horizon, levels) =>
    predictSeasonalNaive(fitSeasonalNaive(values, season), horizon, levels),
};
