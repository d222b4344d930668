/**
 * Residuals of a least-squares fit on a design matrix, with the
 * coefficients as they are now: a later change to `coef` (the level
 * re-anchored by {@link anchorLevel}) does not move them.
 *
 * @param rows - design matrix, row-major, `coef.length` regressors per row
 * @param y - targets, one per row
 * @param coef - fitted coefficients (copied)
 * @returns the residual of row `i`
 * @example
 * const rows = Float64Array.from([1, 0, 1, 1]);
 * fitResiduals(rows, [1, 4], Float64Array.from([1, 2]))(1); // 1
 */
export function fitResiduals(
  rows: Float64Array,
  y: ArrayLike<number>,
  coef: Float64Array,
): (i: number) => number {
  const raw = coef.slice();
  const p = raw.length;
  return (i: number) => {
    let f = 0;
    for (let j = 0; j < p; j += 1) f += rows[i * p + j]! * raw[j]!;
    return y[i]! - f;
  };
}

/**
 * Re-anchors the level: adds the mean residual of the last `days` rows
 * to the intercept, `coef[0]`, in place.
 *
 * @param coef - coefficients, the intercept first (changed)
 * @param residual - from {@link fitResiduals}
 * @param n - rows fitted
 * @param days - trailing rows averaged
 * @returns nothing; `coef[0]` is moved
 * @example
 * anchorLevel(coef, fitResiduals(rows, y, coef), y.length, 7);
 */
export function anchorLevel(
  coef: Float64Array,
  residual: (i: number) => number,
  n: number,
  days: number,
): void {
  const k = Math.min(days, n);
  let s = 0;
  for (let i = n - k; i < n; i += 1) s += residual(i);
  coef[0]! += k > 0 ? s / k : 0;
}

/**
 * Residual standard deviation of a fit with `p` parameters:
 * √(Σ r² / max(1, n − p)).
 *
 * @param residual - from {@link fitResiduals}
 * @param n - rows fitted
 * @param p - parameters fitted
 * @returns σ
 * @example
 * residualSigma(fitResiduals(rows, y, coef), y.length, coef.length);
 */
export function residualSigma(
  residual: (i: number) => number,
  n: number,
  p: number,
): number {
  let ss = 0;
  for (let i = 0; i < n; i += 1) {
    const r = residual(i);
    ss += r * r;
  }
  return Math.sqrt(ss / Math.max(1, n - p));
}
