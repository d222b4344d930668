import { type Decomposition, deseasonalize } from './deseasonalize.ts';
import { normalBounds } from './intervals.ts';
import { fitSes } from './ses.ts';
import type { FittedBase, Forecaster, PointForecast } from './types.ts';

/** Fitted Theta method on the seasonally adjusted series. */
export interface ThetaFit extends FittedBase {
  readonly n: number;
  readonly alpha: number;
  /** SES level after the last observation. */
  readonly level: number;
  /** Weight of the trend line: 1/2 for standard Theta, 1 − 1/θ optimised. */
  readonly weight: number;
  /** Intercept and slope of the least-squares line on t = 1..n. */
  readonly a: number;
  readonly b: number;
  /** Seasonal index by phase (phase 0 = first value). */
  readonly figure: readonly number[];
  /** Whether the index multiplies the adjusted series or is added to it. */
  readonly decomposition: Decomposition;
}

/**
 * Least-squares line through (t, y_t), t = 1..n.
 *
 * @param y - finite series
 * @returns intercept a and slope b
 * @example
 * lineFit([1, 2, 3]); // { a: 0, b: 1 }
 */
export function lineFit(y: ArrayLike<number>): { a: number; b: number } {
  const n = y.length;
  let sy = 0;
  let sty = 0;
  for (let t = 0; t < n; t += 1) {
    sy += y[t]!;
    sty += (t + 1) * y[t]!;
  }
  const b =
    n > 1 ? (6 * ((2 * sty) / n - ((n + 1) * sy) / n)) / (n * n - 1) : 0;
  return { a: sy / Math.max(1, n) - ((n + 1) * b) / 2, b };
}

/**
 * Fit the standard Theta method (Assimakopoulos & Nikolopoulos 2000) in the
 * form of Hyndman & Billah (2003), as R `forecast::thetaf` computes it:
 * a classical multiplicative decomposition when the series is seasonal,
 * SES on the adjusted series, and half the least-squares slope as drift.
 * On logs the decomposition is additive, the multiplicative one of the
 * series: a ratio of logs changes with the series' unit.
 *
 * @param values - finite series
 * @param season - season length
 * @param decomposition - `thetaf`'s multiplicative, or additive (on logs)
 * @returns fitted state
 * @example
 * fitTheta([1, 2, 3, 4, 5, 6, 7, 8], 1).b; // 1
 */
export function fitTheta(
  values: readonly number[],
  season: number,
  decomposition: Decomposition = 'multiplicative',
): ThetaFit {
  const { adjusted, figure } = deseasonalize(values, season, decomposition);
  const ses = fitSes(adjusted);
  const n = adjusted.length;
  return {
    n,
    alpha: Math.max(1e-10, ses.alpha),
    level: ses.level,
    weight: 0.5,
    ...lineFit(adjusted),
    figure,
    decomposition,
    sigma: Math.sqrt(ses.sse / Math.max(1, n - 2)),
  };
}

/**
 * Theta forecast: ŷ_{n+h} = ℓ_n + (b/2)·(h − 1 + (1 − (1 − α)^n)/α), times
 * the seasonal index; bounds ±z·σ·√(1 + (h − 1)α²) (Hyndman & Billah 2003).
 *
 * @param fit - from {@link fitTheta}
 * @param horizon - days ahead
 * @param levels - levels in percent
 * @returns mean and bounds
 * @example
 * predictTheta(fitTheta([1, 2, 3, 4, 5, 6], 1), 2, [80]).mean;
 */
export function predictTheta(
  fit: ThetaFit,
  horizon: number,
  levels: readonly number[],
): PointForecast {
  const { alpha, n } = fit;
  const start = (1 - (1 - alpha) ** n) / alpha;
  const mean: number[] = [];
  const sd: number[] = [];
  // The deviations feed only the bounds: none without levels (backtests).
  const wide = levels.length > 0;
  for (let h = 1; h <= horizon; h += 1) {
    const trend = fit.level + fit.weight * fit.b * (h - 1 + start);
    mean.push(reseasonalize(fit, h, trend));
    if (wide) sd.push(fit.sigma * Math.sqrt(1 + (h - 1) * alpha * alpha));
  }
  return normalBounds(mean, sd, levels);
}

/**
 * A seasonally adjusted value of step `h` after the last observation,
 * given back its season: times the index, or plus it when additive.
 *
 * @param fit - a Theta fit
 * @param h - step (1 = the day after the last observation)
 * @param x - the adjusted value
 * @returns the seasonal value
 * @example
 * reseasonalize(fitTheta(y, 7), 1, 100);
 */
export function reseasonalize(fit: ThetaFit, h: number, x: number): number {
  const m = fit.figure.length;
  const s = fit.figure[(fit.n + h - 1) % m]!;
  return fit.decomposition === 'additive' ? x + s : x * s;
}

/** The standard Theta method (R `thetaf`), the best peer on the cases. */
export const theta: Forecaster<ThetaFit> = {
  name: 'theta',
  minLength: 3,
  fit: fitTheta,
  predict: predictTheta,
  forecast: (values, season, horizon, levels) =>
    predictTheta(fitTheta(values, season), horizon, levels),
};
