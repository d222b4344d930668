import { daysSpread } from './days-spread.ts';
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

/**
 * The forecast of a series too short for model selection (fewer than
 * `MIN_SELECT_LENGTH` days: a new link): its last season repeated, with
 * no drift, its bounds from the seasonal differences it has, widening
 * with each season ahead. A drift from a few weeks is mostly the link's
 * turn-up: carried a year ahead (52 seasons), a link ramping up over its
 * first two weeks to 10 Gbps was forecast at 240 Gbps, and its bounds,
 * from one or two differences the drift fitted exactly, had no width
 * (docs/architecture.md "The forecast engine"). With a season or less of
 * days there is no seasonal difference: its last days are repeated (a
 * whole season whole, each day on its weekday), and its bounds, from the
 * differences of any two of its days ({@link daysSpread}), do not widen.
 * Widening with each of those short "seasons" ahead (183 in a year from
 * 3 days), they made 5 of 8 bundles of a new lake critical, one at 65 %
 * asked to add 7 × 100 Gbps.
 *
 * @param values - finite observations
 * @param season - season length
 * @param horizon - days ahead
 * @param levels - interval levels in percent
 * @param growth - power of the seasons ahead its deviation grows by, with
 *   more than a season of days (`EngineSetting.shortGrowth`)
 * @returns mean and bounds
 * @example
 * repeatLastSeason([1, 2, 3], 7, 2, [80]).mean; // [2, 3]
 */
export function repeatLastSeason(
  values: readonly number[],
  season: number,
  horizon: number,
  levels: readonly number[],
  growth = 0.5,
) {
  const fit = fitSeasonalNaive(values, season, false);
  if (values.length > season) {
    return predictSeasonalNaive(fit, horizon, levels, growth);
  }
  const whole = values.length === season ? { ...fit, lastSeason: values } : fit;
  const { mean } = predictSeasonalNaive(whole, horizon, []);
  const spread = daysSpread(values);
  return normalBounds(
    mean,
    mean.map(() => spread),
    levels,
  );
}

/** The model name of {@link repeatLastSeason}. */
export const REPEAT_LAST_SEASON = 'snaive';
