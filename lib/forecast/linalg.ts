import { choleskyInPlace, choleskySolveInPlace } from './cholesky.ts';
import { Scratch } from './scratch.ts';

const centredScratch = new Scratch();

/**
 * Ridge-stabilised least squares by normal equations and Cholesky.
 * `rows` holds `n` rows of `p` regressors, row after row.
 *
 * @param rows - design matrix, row-major, length n·p
 * @param y - targets, length n
 * @param p - regressors per row
 * @param ridge - relative ridge added to the diagonal (default 1e-9)
 * @param remember - keep the factor for later calls with the same `rows`
 *   (which must then never change)
 * @returns coefficients (zeros when the system cannot be solved)
 * @example
 * leastSquares(Float64Array.from([1, 0, 1, 1, 1, 2]), [1, 3, 5], 2); // ≈ [1, 2]
 */
export function leastSquares(
  rows: Float64Array,
  y: ArrayLike<number>,
  p: number,
  ridge = 1e-9,
  remember = false,
): Float64Array {
  return solveNormal(rows, y, y.length, p, ridge, remember);
}

/** {@link leastSquares} on the first `n` values of `y`. */
function solveNormal(
  rows: Float64Array,
  y: ArrayLike<number>,
  n: number,
  p: number,
  ridge: number,
  remember: boolean,
): Float64Array {
  const hit = remember ? factors.get(rows) : undefined;
  const l =
    hit && hit.n === n && hit.p === p && hit.ridge === ridge
      ? hit.l
      : normalFactor(rows, n, p, ridge);
  if (remember && hit?.l !== l) factors.set(rows, { n, p, ridge, l });
  if (l === undefined) return new Float64Array(p);
  const b = columnProducts(rows, y, n, p);
  choleskySolveInPlace(l, b, p);
  return b;
}

/**
 * Xᵀy for a row-major X of `p` columns: each column's sum runs in row
 * order (the bits of a row-by-row loop), four columns a pass so that
 * their chains of additions overlap in the processor.
 */
function columnProducts(
  rows: Float64Array,
  y: ArrayLike<number>,
  n: number,
  p: number,
): Float64Array {
  const b = new Float64Array(p);
  let i = 0;
  for (; i + 4 <= p; i += 4) {
    let [a, c, d, e] = [0, 0, 0, 0];
    for (let t = 0, o = i; t < n; t += 1, o += p) {
      const v = y[t]!;
      a += rows[o]! * v;
      c += rows[o + 1]! * v;
      d += rows[o + 2]! * v;
      e += rows[o + 3]! * v;
    }
    // Stored one by one: `b.set([a, c, d, e], i)` made an array a pass.
    b[i] = a;
    b[i + 1] = c;
    b[i + 2] = d;
    b[i + 3] = e;
  }
  for (; i < p; i += 1) {
    let a = 0;
    for (let t = 0; t < n; t += 1) a += rows[t * p + i]! * y[t]!;
    b[i] = a;
  }
  return b;
}

/**
 * {@link leastSquares} of a design whose first column is the constant 1,
 * fitted to y less its mean and the mean added to the intercept. The
 * ridge then shrinks nothing that depends on where y's origin lies: the
 * fit of y + k is the fit of y with k added to the intercept, so a model
 * on logs does not depend on the unit of the series (log(c·y) =
 * log c + log y); fitted as it is, the ridge pulled a log-scale intercept
 * (about 20 for bps) toward 0 by an amount that changed with the unit.
 *
 * @param rows - design matrix, row-major, first column all ones
 * @param y - targets
 * @param p - regressors per row
 * @param ridge - relative ridge (see {@link leastSquares})
 * @param remember - keep the factor (see {@link leastSquares})
 * @returns coefficients, the intercept first
 * @example
 * centredLeastSquares(Float64Array.from([1, 0, 1, 1]), [20, 22], 2); // ≈ [20, 2]
 */
export function centredLeastSquares(
  rows: Float64Array,
  y: ArrayLike<number>,
  p: number,
  ridge = 1e-9,
  remember = false,
): Float64Array {
  const n = y.length;
  let s = 0;
  for (let t = 0; t < n; t += 1) s += y[t]!;
  const mean = n > 0 ? s / n : 0;
  // In a buffer kept from call to call (see `Scratch`), read to n.
  const centred = centredScratch.take(n);
  for (let t = 0; t < n; t += 1) centred[t] = y[t]! - mean;
  const coef = solveNormal(rows, centred, n, p, ridge, remember);
  coef[0]! += mean;
  return coef;
}

/**
 * Cholesky factors of ridged normal matrices, remembered per design matrix
 * on request: models fitting several targets on one design (linear and
 * log trend at one origin) factor it once.
 */
const factors = new WeakMap<
  Float64Array,
  { n: number; p: number; ridge: number; l: Float64Array | undefined }
>();

function normalFactor(rows: Float64Array, n: number, p: number, r: number) {
  const a = new Float64Array(p * p);
  for (let t = 0; t < n; t += 1) {
    const o = t * p;
    for (let i = 0; i < p; i += 1) {
      const xi = rows[o + i]!;
      if (xi === 0) continue;
      for (let j = 0; j <= i; j += 1) a[i * p + j]! += xi * rows[o + j]!;
    }
  }
  for (let i = 0; i < p; i += 1) a[i * p + i]! += r * (a[i * p + i]! + 1);
  // The lower triangle is all normalFactor fills, and all the factor reads.
  return choleskyInPlace(a, p) ? a : undefined;
}
