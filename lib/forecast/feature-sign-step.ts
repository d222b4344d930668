import { choleskyInPlace, choleskySolveInPlace } from './cholesky.ts';

/**
 * One step of the lasso's feature-sign search (Lee et al. 2007, see
 * `lasso.ts`): the smooth problem solved on the coefficients with a
 * sign, then a line search that stops at the best sign change.
 */

/** Scratch arrays of one lasso, reused at every step. */
export class LassoWork {
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

/**
 * Solve on the coefficients with a sign (`w.sign`), then move x (in
 * place) to the best point of the segment to that solution among its end
 * and its sign changes.
 *
 * @param a - A, s × s row-major
 * @param r - r, length s
 * @param lambda - λ
 * @param x - the current point (moved)
 * @param w - scratch, with `g` the gradient at x and `sign` the signs
 * @returns false when the system cannot be solved (x is then unchanged)
 * @example
 * featureSignStep(a, r, 1, x, w);
 */
export function featureSignStep(
  a: Float64Array,
  r: Float64Array,
  lambda: number,
  x: Float64Array,
  w: LassoWork,
): boolean {
  const s = r.length;
  const { on, sub, rhs, d, sign } = w;
  let m = 0;
  for (let k = 0; k < s; k += 1) if (sign[k] !== 0) on[m++] = k;
  for (let p = 0; p < m; p += 1) {
    const i = on[p]!;
    rhs[p] = r[i]! - lambda * sign[i]!;
    for (let q = 0; q < m; q += 1) sub[p * m + q] = a[i * s + on[q]!]!;
    // A relative ridge of 1e-12: the hinges are nearly collinear.
    sub[p * m + p]! *= 1 + 1e-12;
  }
  if (!choleskyInPlace(sub, m)) return false;
  choleskySolveInPlace(sub, rhs, m);
  for (let k = 0; k < s; k += 1) d[k] = -x[k]!;
  for (let p = 0; p < m; p += 1) d[on[p]!]! += rhs[p]!;
  lineSearch(a, lambda, x, w, m);
  return true;
}

/**
 * Move x (in place) along x + t·d, t in (0, 1], to the best of t = 1 and
 * the points where a coefficient of `on` changes sign; that coefficient
 * is then zero.
 */
function lineSearch(
  a: Float64Array,
  lambda: number,
  x: Float64Array,
  w: LassoWork,
  m: number,
) {
  const s = x.length;
  const { on, d, g } = w;
  // Along x + t·d the smooth part changes by t·gᵀd + ½t²·dᵀAd.
  let slope = 0;
  for (let k = 0; k < s; k += 1) slope += g[k]! * d[k]!;
  let curve = 0;
  for (let p = 0; p < m; p += 1) {
    const i = on[p]!;
    for (let q = 0; q < m; q += 1)
      curve += d[i]! * a[i * s + on[q]!]! * d[on[q]!]!;
  }
  // No closure for the cost: tsx names each one it creates, a step at a
  // time, which cost more than the step's arithmetic.
  let best = 1;
  let zero = -1;
  let bestCost = slope + 0.5 * curve + lambda * l1At(x, w, m, 1);
  for (let p = 0; p < m; p += 1) {
    const k = on[p]!;
    const t = d[k] !== 0 ? -x[k]! / d[k]! : 0;
    if (!(t > 0 && t < 1)) continue;
    const c = t * slope + 0.5 * t * t * curve + lambda * l1At(x, w, m, t);
    if (c < bestCost) {
      best = t;
      zero = k;
      bestCost = c;
    }
  }
  for (let p = 0; p < m; p += 1) x[on[p]!]! += best * d[on[p]!]!;
  // The coefficient whose sign change stopped the step is zero.
  if (zero >= 0) x[zero] = 0;
}

/** Σ|x + t·d| over the coefficients of `on`. */
function l1At(x: Float64Array, w: LassoWork, m: number, t: number): number {
  const { on, d } = w;
  let l1 = 0;
  for (let p = 0; p < m; p += 1) l1 += Math.abs(x[on[p]!]! + t * d[on[p]!]!);
  return l1;
}
