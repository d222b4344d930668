/**
 * Ridge-stabilised least squares by normal equations and Cholesky.
 * `rows` holds `n` rows of `p` regressors, row after row.
 *
 * @param rows - design matrix, row-major, length n·p
 * @param y - targets, length n
 * @param p - regressors per row
 * @param ridge - relative ridge added to the diagonal (default 1e-9)
 * @returns coefficients (zeros when the system cannot be solved)
 * @example
 * leastSquares(Float64Array.from([1, 0, 1, 1, 1, 2]), [1, 3, 5], 2); // ≈ [1, 2]
 */
export function leastSquares(
  rows: Float64Array,
  y: readonly number[],
  p: number,
  ridge = 1e-9,
): Float64Array {
  const n = y.length;
  const a = new Float64Array(p * p);
  const b = new Float64Array(p);
  for (let t = 0; t < n; t += 1) {
    const o = t * p;
    const yt = y[t]!;
    for (let i = 0; i < p; i += 1) {
      const xi = rows[o + i]!;
      if (xi === 0) continue;
      b[i]! += xi * yt;
      for (let j = 0; j <= i; j += 1) a[i * p + j]! += xi * rows[o + j]!;
    }
  }
  for (let i = 0; i < p; i += 1) {
    a[i * p + i]! += ridge * (a[i * p + i]! + 1);
  }
  return choleskySolve(a, b, p);
}

function choleskySolve(a: Float64Array, b: Float64Array, p: number) {
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let s = a[i * p + j]!;
      for (let k = 0; k < j; k += 1) s -= l[i * p + k]! * l[j * p + k]!;
      if (i === j) {
        if (!(s > 0)) return new Float64Array(p);
        l[i * p + i] = Math.sqrt(s);
      } else {
        l[i * p + j] = s / l[j * p + j]!;
      }
    }
  }
  const z = new Float64Array(p);
  for (let i = 0; i < p; i += 1) {
    let s = b[i]!;
    for (let k = 0; k < i; k += 1) s -= l[i * p + k]! * z[k]!;
    z[i] = s / l[i * p + i]!;
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i -= 1) {
    let s = z[i]!;
    for (let k = i + 1; k < p; k += 1) s -= l[k * p + i]! * x[k]!;
    x[i] = s / l[i * p + i]!;
  }
  return x;
}
