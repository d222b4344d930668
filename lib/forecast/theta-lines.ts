import { onLogScale } from './log-scale.ts';
import { fitTheta, predictTheta, type ThetaFit, theta } from './theta.ts';
import type { Forecaster } from './types.ts';

/**
 * The standard Theta method with theta line θ in place of 2: the
 * extrapolated part is the least-squares line and the SES of the θ-line,
 * combined with weights 1 − 1/θ and 1/θ (Hyndman & Billah 2003: θ = 2
 * gives half the slope as drift, a larger θ more of it). Fitted on the
 * logs with an additive decomposition, as the pools' `thetaLog`; a series
 * with a value ≤ 0 gets {@link theta} as it is.
 *
 * @param th - the theta line (> 1)
 * @returns the log-scale model, named `theta-log-θ`
 * @example
 * thetaLogAt(3).forecast([1, 2, 4, 8, 16, 32, 64, 128], 1, 1, []).mean;
 */
export function thetaLogAt(th: number): Forecaster {
  const fitAt = (values: readonly number[], season: number): ThetaFit => ({
    ...fitTheta(values, season, 'additive'),
    weight: 1 - 1 / th,
  });
  const inner: Forecaster<ThetaFit> = {
    name: `theta-additive-${th}`,
    minLength: theta.minLength,
    fit: fitAt,
    predict: predictTheta,
    forecast: (values, season, horizon, levels) =>
      predictTheta(fitAt(values, season), horizon, levels),
  };
  return onLogScale(inner, `theta-log-${th}`, theta) as Forecaster;
}

/** Theta on logs with θ = 3: two thirds of the slope as drift. */
export const thetaLog3 = thetaLogAt(3);

/** Theta on logs with θ = 4: three quarters of the slope as drift. */
export const thetaLog4 = thetaLogAt(4);
