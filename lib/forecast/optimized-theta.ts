import { type Decomposition, deseasonalize } from './deseasonalize.ts';
import { goldenSection } from './golden.ts';
import { normalBounds } from './intervals.ts';
import { otmAt } from './otm-at.ts';
import { lineFit, reseasonalize, type ThetaFit } from './theta.ts';
import type { Forecaster, PointForecast } from './types.ts';

/**
 * Fit the optimised Theta model: α by grid and golden section, ℓ0 and θ
 * in closed form at each α; the same seasonal adjustment as Theta.
 *
 * @param values - finite series
 * @param season - season length
 * @param decomposition - multiplicative, or additive (on logs)
 * @returns fitted state (weight = 1 − 1/θ)
 * @example
 * fitOptimizedTheta([1, 2, 3, 4, 5, 6, 7, 8], 1).weight;
 */
export function fitOptimizedTheta(
  values: readonly number[],
  season: number,
  decomposition: Decomposition = 'multiplicative',
): ThetaFit {
  const { adjusted, figure } = deseasonalize(values, season, decomposition);
  const { a, b } = lineFit(adjusted);
  // Readable form: ({ alpha, ...f, value: f.sse }); spreads cost as much
  // as the fit's own loop here.
  const at = (alpha: number) => {
    const f = otmAt(adjusted, alpha, a, b);
    return { alpha, w: f.w, level: f.level, sse: f.sse, value: f.sse };
  };
  let best = at(0.5);
  let centre = 0.5;
  for (let k = 0; k <= 10; k += 1) {
    const f = at(0.01 + 0.098 * k);
    if (f.sse < best.sse) [best, centre] = [f, f.alpha];
  }
  const lo = Math.max(0.01, centre - 0.098);
  const hi = Math.min(0.99, centre + 0.098);
  const refined = goldenSection(at, lo, hi, 20);
  if (refined.sse < best.sse) best = refined;
  const n = adjusted.length;
  const sigma = Math.sqrt(best.sse / Math.max(1, n - 3));
  return {
    n,
    alpha: best.alpha,
    level: best.level,
    weight: best.w,
    a,
    b,
    figure,
    decomposition,
    sigma,
  };
}

/**
 * Forecast of the OTM: the recursion continued with each forecast as its
 * own observation, times the seasonal index.
 *
 * @param fit - from {@link fitOptimizedTheta}
 * @param horizon - days ahead
 * @param levels - levels in percent
 * @returns mean and bounds
 * @example
 * predictOptimizedTheta(fitOptimizedTheta(y, 7), 30, [80, 95]);
 */
export function predictOptimizedTheta(
  fit: ThetaFit,
  horizon: number,
  levels: readonly number[],
): PointForecast {
  const { alpha, n } = fit;
  let l = fit.level;
  const mean: number[] = [];
  const sd: number[] = [];
  // The deviations feed only the bounds: none without levels (backtests).
  const wide = levels.length > 0;
  for (let h = 1; h <= horizon; h += 1) {
    const c = (1 - alpha) ** (n + h - 1);
    const mu =
      l + fit.weight * (c * fit.a + ((1 - c * (1 - alpha)) / alpha) * fit.b);
    l = alpha * mu + (1 - alpha) * l;
    mean.push(reseasonalize(fit, h, mu));
    if (wide) sd.push(fit.sigma * Math.sqrt(1 + (h - 1) * alpha * alpha));
  }
  return normalBounds(mean, sd, levels);
}

/** The optimised Theta model (Fiorucci et al. 2016). */
export const optimizedTheta: Forecaster<ThetaFit> = {
  name: 'optimized-theta',
  minLength: 4,
  fit: fitOptimizedTheta,
  predict: predictOptimizedTheta,
  forecast: (values, season, horizon, levels) =>
    predictOptimizedTheta(fitOptimizedTheta(values, season), horizon, levels),
};
