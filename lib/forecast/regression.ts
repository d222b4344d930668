import { type DesignSpec, designWidth, sharedDesign } from './design.ts';
import { expForecast } from './exp-forecast.ts';
import { anchorLevel, fitResiduals, residualSigma } from './fit-residuals.ts';
import { normalBounds } from './intervals.ts';
import { positiveFrom, tailValues } from './log-cache.ts';
import { rowProducts } from './row-products.ts';
import { type TrendShape, trendCoefficients } from './trend-fit.ts';
import type { FittedBase, Forecaster, PointForecast } from './types.ts';

/** Settings of one trend-regression model family. */
export interface RegressionConfig extends TrendShape {
  readonly name: string;
  /** Fit on logs (when every value is positive). */
  readonly log: boolean;
  /** Most recent days used. */
  readonly window: number;
  /** Yearly Fourier pairs used when the window spans two years. */
  readonly yearly: number;
  /** Days whose mean residual re-anchors the level (0 = none). */
  readonly anchor: number;
}

/** A fitted trend regression. */
export interface RegressionFit extends FittedBase {
  readonly spec: DesignSpec;
  readonly coef: Float64Array;
  readonly log: boolean;
  readonly used: number;
}

/**
 * Fit a trend regression: level, slope, optional hinge (or Prophet's
 * changepoints, {@link trendCoefficients}), weekly dummies and yearly
 * Fourier terms, on the recent window.
 *
 * @param config - model settings
 * @param values - finite series
 * @param season - season length
 * @returns fitted state
 * @example
 * fitRegression(LOG_TREND, [1, 2, 4, 8, 16, 32, 64, 128], 7);
 */
export function fitRegression(
  config: RegressionConfig,
  values: readonly number[],
  season: number,
): RegressionFit {
  const n = values.length;
  const used = Math.min(n, config.window);
  const tail = tailValues(
    values,
    n - used,
    config.log && positiveFrom(values, 0),
  );
  const { y, log } = tail;
  const seasonUsed = used >= 2 * season ? season : 1;
  const yearly = used >= 730 ? config.yearly : 0;
  const base = { season: seasonUsed, yearly, end: n - 1 };
  const { spec, coef } = trendCoefficients(config, base, y, n, log);
  const p = designWidth(spec);
  // Residuals with the fitted coefficients, before the re-anchoring; the
  // design is built only when they are read (Prophet's 25 hinges make
  // it a wide one).
  const residuals = () =>
    fitResiduals(sharedDesign(spec, n - y.length, n - 1), y, coef);
  const anchored = config.anchor > 0 ? residuals() : undefined;
  if (anchored) anchorLevel(coef, anchored, y.length, config.anchor);
  // σ feeds only the model's own bounds, which a backtest and a
  // calibrated forecast never ask for: computed when first read.
  let sigma: number | undefined;
  return {
    spec,
    coef,
    log,
    used,
    get sigma() {
      sigma ??= residualSigma(anchored ?? residuals(), y.length, p);
      return sigma;
    },
  };
}

/**
 * Predict from a trend regression; bounds widen with the horizon.
 *
 * @param fit - from {@link fitRegression}
 * @param horizon - days ahead
 * @param levels - levels in percent
 * @returns mean and bounds
 * @example
 * predictRegression(fit, 30, [80, 95]);
 */
export function predictRegression(
  fit: RegressionFit,
  horizon: number,
  levels: readonly number[],
): PointForecast {
  const { end } = fit.spec;
  const rows = sharedDesign(fit.spec, end + 1, end + horizon);
  const mu = rowProducts(rows, fit.coef, horizon);
  const sd: number[] = [];
  // The deviations feed only the bounds: none without levels (backtests).
  if (levels.length > 0) {
    for (let h = 1; h <= horizon; h += 1) {
      sd.push(fit.sigma * Math.sqrt(1 + (4 * h) / fit.used));
    }
  }
  const b = normalBounds(mu, sd, levels);
  return fit.log ? expForecast(b, 0) : b;
}

/**
 * Build a {@link Forecaster} from a regression config.
 *
 * @param config - model settings
 * @returns the model
 * @example
 * const m = regressionModel(LOG_TREND); m.forecast(y, 7, 90, [80]);
 */
export function regressionModel(
  config: RegressionConfig,
): Forecaster<RegressionFit> {
  const fitConfigured = (values: readonly number[], season: number) =>
    fitRegression(config, values, season);
  return {
    name: config.name,
    minLength: 14,
    fit: fitConfigured,
    predict: predictRegression,
    forecast: (values, season, horizon, levels) =>
      predictRegression(fitConfigured(values, season), horizon, levels),
  };
}
