import { positiveLogs } from './log-cache.ts';
import { optimizedTheta } from './optimized-theta.ts';
import { theta } from './theta.ts';
import type { FittedBase, Forecaster, PointForecast } from './types.ts';

/** A model's fit on the logs of a positive series (or on the series). */
export interface LogScaleFit<F> extends FittedBase {
  readonly inner: F;
  /** Whether `inner` was fitted to the logs. */
  readonly log: boolean;
}

const expAll = (r: Readonly<Record<number, readonly number[]>>) =>
  Object.fromEntries(Object.entries(r).map(([k, a]) => [k, a.map(Math.exp)]));

/**
 * The model fitted to the logs of the series when every value is positive,
 * its forecast taken back by exp (the median on the original scale);
 * otherwise the model on the series as it is. Traffic grows by a share
 * per year, so a drift on the logs is a growth rate (README "The
 * forecast engine").
 *
 * @param model - a model of the original scale
 * @param name - name of the log-scale model
 * @returns the log-scale model
 * @example
 * const m = onLogScale(theta, 'theta-log');
 * m.forecast([1, 2, 4, 8, 16, 32, 64, 128], 1, 1, []).mean; // ≈ [181]
 */
export function onLogScale<F extends FittedBase>(
  model: Forecaster<F>,
  name: string,
): Forecaster<LogScaleFit<F>> {
  const fitLogs = (values: readonly number[], season: number) => {
    // The same logs array for the same series: both Theta methods then
    // share its seasonal decomposition (cached by array).
    const logs = positiveLogs(values);
    const inner = model.fit(logs ?? values, season);
    return { inner, log: logs !== null, sigma: inner.sigma };
  };
  const predictLogs = (
    f: LogScaleFit<F>,
    horizon: number,
    levels: readonly number[],
  ): PointForecast => {
    const p = model.predict(f.inner, horizon, levels);
    if (!f.log) return p;
    return {
      mean: p.mean.map(Math.exp),
      lower: expAll(p.lower),
      upper: expAll(p.upper),
    };
  };
  return {
    name,
    minLength: model.minLength,
    fit: fitLogs,
    predict: predictLogs,
    forecast: (values, season, horizon, levels) =>
      predictLogs(fitLogs(values, season), horizon, levels),
  };
}

/**
 * The standard Theta method on the log scale: the seasonal test and the
 * classical decomposition, SES and half the least-squares slope, all on
 * the logs, so the drift is half the growth rate.
 */
export const thetaLog = onLogScale(theta, 'theta-log');

/** Optimised Theta on the log scale (see {@link thetaLog}). */
export const optimizedThetaLog = onLogScale(
  optimizedTheta,
  'optimized-theta-log',
);
