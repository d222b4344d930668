/**
 * Forecast scores, defined exactly as the shared datasets' scoring tool
 * (MASE and MSIS scaled by the in-sample seasonal naive MAE; sMAPE in %).
 */

/**
 * In-sample mean absolute error of the seasonal naive forecast (lag `m`),
 * over pairs where both values are finite.
 *
 * @param y - training values (NaN allowed)
 * @param m - season length
 * @returns the MASE scale, NaN when no pair exists
 * @example
 * maseScale([1, 2, 4], 1); // 1.5
 */
export function maseScale(y: readonly number[], m: number): number {
  let s = 0;
  let n = 0;
  for (let t = m; t < y.length; t += 1) {
    const d = Math.abs(y[t]! - y[t - m]!);
    if (Number.isFinite(d)) {
      s += d;
      n += 1;
    }
  }
  return n === 0 ? Number.NaN : s / n;
}

/**
 * Mean absolute error divided by `scale`.
 *
 * @param actual - observed values
 * @param mean - forecasts, same length
 * @param scale - from {@link maseScale}
 * @returns MASE (NaN if scale is not positive)
 * @example
 * mase([1, 2], [2, 2], 1); // 0.5
 */
export function mase(
  actual: readonly number[],
  mean: readonly number[],
  scale: number,
): number {
  if (!(scale > 0) || !Number.isFinite(scale)) return Number.NaN;
  let s = 0;
  for (let i = 0; i < actual.length; i += 1) {
    s += Math.abs(actual[i]! - mean[i]!);
  }
  return s / actual.length / scale;
}

/**
 * Symmetric MAPE in percent, with 0 for a point where both are 0.
 *
 * @param actual - observed values
 * @param mean - forecasts
 * @returns sMAPE (%)
 * @example
 * smape([100], [50]); // 66.67
 */
export function smape(actual: readonly number[], mean: readonly number[]) {
  let s = 0;
  for (let i = 0; i < actual.length; i += 1) {
    const y = actual[i]!;
    const f = mean[i]!;
    const d = Math.abs(y) + Math.abs(f);
    s += d > 0 ? Math.abs(y - f) / d : 0;
  }
  return (200 / actual.length) * s;
}

/**
 * Share of actuals inside [lower, upper] (bounds inclusive).
 *
 * @param actual - observed values
 * @param lower - lower bounds
 * @param upper - upper bounds
 * @returns share in [0, 1]
 * @example
 * coverage([1, 5], [0, 0], [2, 2]); // 0.5
 */
export function coverage(
  actual: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
): number {
  let k = 0;
  for (let i = 0; i < actual.length; i += 1) {
    if (lower[i]! <= actual[i]! && actual[i]! <= upper[i]!) k += 1;
  }
  return actual.length === 0 ? Number.NaN : k / actual.length;
}

/**
 * Mean scaled interval score (M4) of a central interval at level
 * 100·(1 − alpha).
 *
 * @param actual - observed values
 * @param lower - lower bounds
 * @param upper - upper bounds
 * @param scale - from {@link maseScale}
 * @param alpha - 0.05 for the 95 % interval
 * @returns MSIS (NaN if scale is not positive)
 * @example
 * msis([3], [0], [2], 1, 0.05); // 42
 */
export function msis(
  actual: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
  scale: number,
  alpha = 0.05,
): number {
  if (!(scale > 0) || !Number.isFinite(scale)) return Number.NaN;
  let s = 0;
  for (let i = 0; i < actual.length; i += 1) {
    const y = actual[i]!;
    const lo = lower[i]!;
    const hi = upper[i]!;
    s += hi - lo + (2 / alpha) * (Math.max(lo - y, 0) + Math.max(y - hi, 0));
  }
  return s / actual.length / scale;
}
