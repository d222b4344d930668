import { expForecast } from './exp-forecast.ts';
import { centredLogs } from './log-cache.ts';
import {
  fitOptimizedTheta,
  optimizedTheta,
  predictOptimizedTheta,
} from './optimized-theta.ts';
import { fitTheta, predictTheta, type ThetaFit, theta } from './theta.ts';
import type { FittedBase, Forecaster, PointForecast } from './types.ts';

/** A model's fit on the logs of a positive series (or on the series). */
export interface LogScaleFit<F> extends FittedBase {
  readonly inner: F;
  /** Whether `inner` was fitted to the logs. */
  readonly log: boolean;
  /** The mean of the logs, taken off before fitting (0 when not `log`). */
  readonly centre: number;
}

/**
 * `onLogs` fitted to the logs of the series when every value is positive,
 * its forecast taken back by exp (the median on the original scale);
 * otherwise `asIs` on the series as it is. Traffic grows by a share per
 * year, so a drift on the logs is a growth rate (docs/architecture.md
 * "The forecast engine"). The logs are fitted less their mean, which is
 * added back: a series times c then has the same centred logs, and a
 * model that follows a shift of its input (as the Theta methods do) gives
 * a forecast times c.
 *
 * @param onLogs - the model fitted to the logs
 * @param name - name of the log-scale model
 * @param asIs - the model for a series with a value ≤ 0 (default `onLogs`)
 * @returns the log-scale model
 * @example
 * const m = onLogScale(theta, 'theta-log');
 * m.forecast([1, 2, 4, 8, 16, 32, 64, 128], 1, 1, []).mean; // ≈ [181]
 */
export function onLogScale<F extends FittedBase>(
  onLogs: Forecaster<F>,
  name: string,
  asIs: Forecaster<F> = onLogs,
): Forecaster<LogScaleFit<F>> {
  const fitLogs = (values: readonly number[], season: number) => {
    // The same logs array for the same series: both Theta methods then
    // share its seasonal decomposition (cached by array).
    const logs = centredLogs(values);
    const inner = logs
      ? onLogs.fit(logs.logs, season)
      : asIs.fit(values, season);
    const centre = logs?.centre ?? 0;
    return { inner, log: logs !== null, centre, sigma: inner.sigma };
  };
  const predictLogs = (
    f: LogScaleFit<F>,
    horizon: number,
    levels: readonly number[],
  ): PointForecast => {
    if (!f.log) return asIs.predict(f.inner, horizon, levels);
    return expForecast(onLogs.predict(f.inner, horizon, levels), f.centre);
  };
  return {
    name,
    minLength: Math.max(onLogs.minLength, asIs.minLength),
    fit: fitLogs,
    predict: predictLogs,
    forecast: (values, season, horizon, levels) =>
      predictLogs(fitLogs(values, season), horizon, levels),
  };
}

// On logs the seasonal pattern is additive (a multiplicative one on the
// series): `thetaf`'s ratios of logs changed with the unit, and were
// skipped when a value was at most 1 (a log at most 0), so the same link
// in Gbps and in bps got different forecasts.
const additiveTheta = additive('theta-additive', theta, fitTheta, predictTheta);

const additiveOptimizedTheta = additive(
  'optimized-theta-additive',
  optimizedTheta,
  fitOptimizedTheta,
  predictOptimizedTheta,
);

/** A Theta forecaster whose seasonal decomposition is additive. */
function additive(
  name: string,
  base: Pick<Forecaster<ThetaFit>, 'minLength'>,
  fitWith: (
    values: readonly number[],
    season: number,
    decomposition: 'additive',
  ) => ThetaFit,
  predict: Forecaster<ThetaFit>['predict'],
): Forecaster<ThetaFit> {
  return {
    name,
    minLength: base.minLength,
    fit: (values, season) => fitWith(values, season, 'additive'),
    predict,
    forecast: (values, season, horizon, levels) =>
      predict(fitWith(values, season, 'additive'), horizon, levels),
  };
}

/**
 * The standard Theta method on the log scale: the seasonal test and an
 * additive classical decomposition, SES and half the least-squares slope,
 * all on the logs, so the drift is half the growth rate; a series with a
 * value ≤ 0 gets {@link theta} as it is.
 */
export const thetaLog = onLogScale(additiveTheta, 'theta-log', theta);

/** Optimised Theta on the log scale (see {@link thetaLog}). */
export const optimizedThetaLog = onLogScale(
  additiveOptimizedTheta,
  'optimized-theta-log',
  optimizedTheta,
);
