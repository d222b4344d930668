import { type Decomposition, deseasonalize } from './deseasonalize.ts';
import { goldenSection } from './golden.ts';
import { normalBounds } from './intervals.ts';
import { lineFit, reseasonalize, type ThetaFit } from './theta.ts';
import type { Forecaster, PointForecast } from './types.ts';

/** Below this, (1−α)^t is negligible beside 1 (see {@link otmAt}). */
const TINY = 1e-18;

/**
 * One-step fit of the optimised Theta model (OTM, Fiorucci et al. 2016) at
 * a given α: μ_t = ℓ_{t−1} + w·D_t with D_t = (1−α)^t A + (1 − (1−α)^{t+1})/α · B
 * (t from 0; A, B the least-squares line of the whole series) and
 * ℓ_t = αy_t + (1−α)ℓ_{t−1}. The errors are linear in ℓ0 and w = 1 − 1/θ,
 * so both come from a 2×2 least-squares solve, with w ≥ 0 (θ ≥ 1).
 */
function otmAt(y: ArrayLike<number>, alpha: number, a: number, b: number) {
  // e_t = r_t − c_t ℓ0 − d_t w, with r from a filter started at ℓ0 = 0.
  const beta = 1 - alpha;
  const inv = 1 / alpha;
  let l = 0;
  let c = 1;
  // Six separate numbers, not a destructured array: V8 then keeps them
  // as raw doubles instead of allocating a heap number per step.
  let srr = 0;
  let src = 0;
  let srd = 0;
  let scc = 0;
  let scd = 0;
  let sdd = 0;
  let t = 0;
  for (; t < y.length && c > TINY; t += 1) {
    const d = c * a + (1 - c * beta) * inv * b;
    const r = y[t]! - l;
    srr += r * r;
    src += r * c;
    srd += r * d;
    scc += c * c;
    scd += c * d;
    sdd += d * d;
    l += alpha * r;
    c *= beta;
  }
  // Once (1−α)^t is below 1e-18 of 1 it no longer changes any sum it
  // enters (c·r, c², c·d), and d is the constant B/α: the same loop
  // without those terms.
  const d = b * inv;
  let sr = 0;
  for (; t < y.length; t += 1) {
    const r = y[t]! - l;
    srr += r * r;
    sr += r;
    sdd += d * d;
    l += alpha * r;
  }
  srd += sr * d;
  c = 0;
  const det = scc * sdd - scd * scd;
  let w = det > 0 ? (scc * srd - scd * src) / det : 0;
  if (!(w >= 0)) w = 0;
  const l0 = scc > 0 ? (src - w * scd) / scc : 0;
  const sse =
    srr +
    l0 * l0 * scc +
    w * w * sdd -
    2 * l0 * src -
    2 * w * srd +
    2 * l0 * w * scd;
  return { w, level: l + c * l0, sse: Math.max(0, sse) };
}

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
