import { dot } from './stats.ts';

/**
 * The lasso in its quadratic form: the x minimising
 * ½ xᵀAx − rᵀx + λ Σ|x_j| (A = XᵀX, r = Xᵀy: ½‖y − Xx‖² + λ‖x‖₁ up to a
 * constant), found exactly by feature-sign search (Lee et al. 2007):
 * guess the signs, solve the smooth problem on the non-zero
 * coefficients, step no further than the first sign change, and add the
 * zero coefficient that most breaks optimality until none does.
 * Coordinate descent crawled on Prophet's 25 nearly collinear hinges.
 *
 * @param a - A, s × s row-major, positive semi-definite
 * @param r - r, length s
 * @param lambda - λ ≥ 0
 * @param start - a first guess (warm start), default zeros
 * @returns the minimiser
 * @example
 * lasso(Float64Array.from([1, 0, 0, 1]), Float64Array.from([3, 0.5]), 1); // [2, 0]
 */
export function lasso(
  a: Float64Array,
  r: Float64Array,
  lambda: number,
  start?: Float64Array,
): Float64Array {
  const s = r.length;
  const w = new Work(s);
  const x = start ? start.slice() : new Float64Array(s);
  const tol = 1e-9 * (lambda + r.reduce((m, v) => Math.max(m, Math.abs(v)), 0));
  for (let iter = 0; iter < 20 * s + 20; iter += 1) {
    const g = gradient(a, r, x, w.g);
    let nonZeroOk = true;
    for (let k = 0; k < s; k += 1) {
      w.sign[k] = Math.sign(x[k]!);
      if (x[k] !== 0 && Math.abs(g[k]! + lambda * w.sign[k]!) > tol) {
        nonZeroOk = false;
      }
    }
    if (nonZeroOk) {
      let j = -1;
      let worst = lambda + tol;
      for (let k = 0; k < s; k += 1) {
        const v = Math.abs(g[k]!);
        if (x[k] === 0 && v > worst) [j, worst] = [k, v];
      }
      if (j < 0) return x;
      w.sign[j] = -Math.sign(g[j]!);
    }
    if (!featureSignStep(a, r, lambda, x, w)) return new Float64Array(s);
  }
  return x;
}

/** Scratch arrays of one lasso, reused at every step. */
class Work {
  readonly g: Float64Array;
  readonly sign: Float64Array;
  readonly d: Float64Array;
  readonly on: Int32Array;
  readonly sub: Float64Array;
  readonly rhs: Float64Array;
  constructor(s: number) {
    this.g = new Float64Array(s);
    this.sign = new Float64Array(s);
    this.d = new Float64Array(s);
    this.on = new Int32Array(s);
    this.sub = new Float64Array(s * s);
    this.rhs = new Float64Array(s);
  }
}

/** Ax − r, the gradient of the smooth part, into `g`. */
function gradient(
  a: Float64Array,
  r: Float64Array,
  x: Float64Array,
  g: Float64Array,
) {
  const s = r.length;
  for (let i = 0; i < s; i += 1) {
    let v = -r[i]!;
    for (let k = 0; k < s; k += 1) v += a[i * s + k]! * x[k]!;
    g[i] = v;
  }
  return g;
}

/**
 * Solve on the coefficients with a sign, then move x (in place) to the
 * best point of the segment to that solution among its end and its sign
 * changes; false when the system cannot be solved.
 */
function featureSignStep(
  a: Float64Array,
  r: Float64Array,
  lambda: number,
  x: Float64Array,
  w: Work,
): boolean {
  const s = r.length;
  const { on, sub, rhs, d, sign, g } = w;
  let m = 0;
  for (let k = 0; k < s; k += 1) if (sign[k] !== 0) on[m++] = k;
  for (let p = 0; p < m; p += 1) {
    const i = on[p]!;
    rhs[p] = r[i]! - lambda * sign[i]!;
    for (let q = 0; q < m; q += 1) sub[p * m + q] = a[i * s + on[q]!]!;
  }
  if (!choleskySolve(sub, rhs, m)) return false;
  // Along x + t·d the smooth part changes by t·gᵀd + ½t²·dᵀAd.
  for (let k = 0; k < s; k += 1) d[k] = -x[k]!;
  for (let p = 0; p < m; p += 1) d[on[p]!]! += rhs[p]!;
  const slope = dot(g, d);
  let curve = 0;
  for (let p = 0; p < m; p += 1) {
    const i = on[p]!;
    for (let q = 0; q < m; q += 1)
      curve += d[i]! * a[i * s + on[q]!]! * d[on[q]!]!;
  }
  const cost = (t: number) => {
    let l1 = 0;
    for (let p = 0; p < m; p += 1) l1 += Math.abs(x[on[p]!]! + t * d[on[p]!]!);
    return t * slope + 0.5 * t * t * curve + lambda * l1;
  };
  let [best, zero, bestCost] = [1, -1, cost(1)];
  for (let p = 0; p < m; p += 1) {
    const k = on[p]!;
    const t = d[k] !== 0 ? -x[k]! / d[k]! : 0;
    if (!(t > 0 && t < 1)) continue;
    const c = cost(t);
    if (c < bestCost) [best, zero, bestCost] = [t, k, c];
  }
  for (let p = 0; p < m; p += 1) x[on[p]!]! += best * d[on[p]!]!;
  // The coefficient whose sign change stopped the step is zero.
  if (zero >= 0) x[zero] = 0;
  return true;
}

/**
 * Solve M·z = b in place (b becomes z) for the leading m × m block of
 * `mat` (row-major, m wide), positive definite up to a relative ridge of
 * 1e-12; false when it is not.
 */
function choleskySolve(mat: Float64Array, b: Float64Array, m: number) {
  for (let i = 0; i < m; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let v = mat[i * m + j]!;
      if (i === j) v *= 1 + 1e-12;
      for (let k = 0; k < j; k += 1) v -= mat[i * m + k]! * mat[j * m + k]!;
      if (i === j) {
        if (!(v > 0)) return false;
        mat[i * m + i] = Math.sqrt(v);
      } else mat[i * m + j] = v / mat[j * m + j]!;
    }
  }
  for (let i = 0; i < m; i += 1) {
    let v = b[i]!;
    for (let k = 0; k < i; k += 1) v -= mat[i * m + k]! * b[k]!;
    b[i] = v / mat[i * m + i]!;
  }
  for (let i = m - 1; i >= 0; i -= 1) {
    let v = b[i]!;
    for (let k = i + 1; k < m; k += 1) v -= mat[k * m + i]! * b[k]!;
    b[i] = v / mat[i * m + i]!;
  }
  return true;
}
