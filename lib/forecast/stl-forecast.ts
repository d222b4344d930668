import { etsAdditive } from './ets.ts';
import { onLogScale } from './log-scale.ts';
import { optimizedTheta } from './optimized-theta.ts';
import { type StlOptions, stl } from './stl.ts';
import { theta } from './theta.ts';
import type { FittedBase, Forecaster, PointForecast } from './types.ts';

/** A non-seasonal model's fit on the STL-adjusted series. */
export interface StlFit<F> extends FittedBase {
  readonly inner: F;
  /** Seasonal component of the last season, by step after it (0s: none). */
  readonly last: readonly number[];
}

/**
 * The decomposition of the STL forecasts: R `forecast::mstl`'s seasonal
 * span for one period (11, `s.window = 7 + 4 * seq(6)`), robust.
 */
export const STL_OPTIONS: StlOptions = { seasonal: 11, robust: true };

/**
 * STL forecasting (R `forecast::stlf`, statsforecast's MSTL): decompose
 * by {@link stl}, forecast the seasonally adjusted series by `adjusted`
 * (fitted with season 1) and add the last season of the seasonal
 * component, repeated; a series shorter than two seasons is forecast by
 * `adjusted` as it is.
 *
 * @param name - the model's name
 * @param adjusted - the non-seasonal model of the adjusted series
 * @param options - STL's spans and robustness
 * @returns the STL model
 * @example
 * stlModel('stl-theta', theta).forecast(y, 7, 90, [80, 95]);
 */
export function stlModel<F extends FittedBase>(
  name: string,
  adjusted: Forecaster<F>,
  options: StlOptions = STL_OPTIONS,
): Forecaster<StlFit<F>> {
  const fitStl = (values: readonly number[], season: number): StlFit<F> => {
    if (season < 2 || values.length < 2 * season) {
      const inner = adjusted.fit(values, 1);
      return { inner, last: [0], sigma: inner.sigma };
    }
    const { seasonal } = stl(values, season, options);
    const n = values.length;
    const rest = values.map((v, t) => v - seasonal[t]!);
    const inner = adjusted.fit(rest, 1);
    const last = Array.from(seasonal.subarray(n - season));
    return { inner, last, sigma: inner.sigma };
  };
  const predictStl = (
    f: StlFit<F>,
    horizon: number,
    levels: readonly number[],
  ): PointForecast => {
    const p = adjusted.predict(f.inner, horizon, levels);
    const add = (xs: readonly number[]) =>
      xs.map((x, i) => x + f.last[i % f.last.length]!);
    const side = (b: PointForecast['lower']) =>
      Object.fromEntries(levels.map((l) => [l, add(b[l]!)]));
    return { mean: add(p.mean), lower: side(p.lower), upper: side(p.upper) };
  };
  return {
    name,
    minLength: Math.max(adjusted.minLength, 3),
    fit: fitStl,
    predict: predictStl,
    forecast: (values, season, horizon, levels) =>
      predictStl(fitStl(values, season), horizon, levels),
  };
}

/** STL with damped Holt on the adjusted series (Hyndman's STL-ETS). */
export const stlEts = stlModel('stl-ets', etsAdditive);

/** STL with the Theta method on the adjusted series. */
export const stlTheta = stlModel('stl-theta', theta);

/** STL with optimised Theta on the adjusted series. */
export const stlOptimizedTheta = stlModel('stl-otm', optimizedTheta);

/** {@link stlEts} on the logs of a positive series (`onLogScale`). */
export const stlEtsLog = onLogScale(stlEts, 'stl-ets-log');

/** {@link stlTheta} on the logs of a positive series. */
export const stlThetaLog = onLogScale(stlTheta, 'stl-theta-log');

/** {@link stlOptimizedTheta} on the logs of a positive series. */
export const stlOptimizedThetaLog = onLogScale(
  stlOptimizedTheta,
  'stl-otm-log',
);
