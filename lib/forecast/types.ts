import type { EngineSetting } from './settings.ts';

/**
 * Shared shapes of the forecast models: every model implements
 * {@link Forecaster}, whose `forecast` equals `fit` followed by `predict`.
 */

/** Mean path and bounds keyed by level in percent; arrays have horizon length. */
export interface PointForecast {
  readonly mean: readonly number[];
  readonly lower: Readonly<Record<number, readonly number[]>>;
  readonly upper: Readonly<Record<number, readonly number[]>>;
}

/**
 * One forecasting model. `values` given to `fit` are finite (cleaned,
 * gaps filled) and at least `minLength` long.
 *
 * @example
 * const fitted = seasonalNaive.fit([1, 2, 3, 4, 5, 6, 7, 8], 7);
 * const next = seasonalNaive.predict(fitted, 3, [80, 95]);
 */
export interface Forecaster<F = unknown> {
  readonly name: string;
  /** Fewest observations the model can fit. */
  readonly minLength: number;
  fit(values: readonly number[], season: number): F;
  /**
   * Fit again on a longer series, starting from a fit on its beginning
   * (e.g. the latest backtest origin's); cheaper than `fit`. Optional.
   */
  refit?(values: readonly number[], season: number, earlier: F): F;
  predict(fitted: F, horizon: number, levels: readonly number[]): PointForecast;
  forecast(
    values: readonly number[],
    season: number,
    horizon: number,
    levels: readonly number[],
  ): PointForecast;
}

/** Fitted state every model carries: its mean path maker and error scale. */
export interface FittedBase {
  /** Standard deviation of one-step in-sample residuals. */
  readonly sigma: number;
}

/** Options of `forecastSeries`. */
export interface ForecastOptions {
  /** Days to forecast (integer ≥ 0). */
  readonly horizon: number;
  /** Interval levels in percent, each in (0, 100). */
  readonly levels: readonly number[];
  /** Season length in days; default 7. */
  readonly season?: number;
  /** Models to choose among (default: the setting's pool); for benchmarks. */
  readonly candidates?: readonly Forecaster[];
  /** Tunable choices (default: `DEFAULT_SETTING`); for benchmarks. */
  readonly setting?: EngineSetting;
}
