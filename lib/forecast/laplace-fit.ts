import { type DesignSpec, YEAR } from './design.ts';
import { type LaplaceChangepoints, projectedHinges } from './laplace-hinges.ts';
import { lasso } from './lasso.ts';
import { leastSquares } from './linalg.ts';
import { rowProducts } from './row-products.ts';
import { dot } from './stats.ts';

/**
 * Maximum a posteriori fit of a trend regression with Prophet's
 * changepoints: Gaussian errors of unknown σ, a Laplace prior on each
 * slope change and flat priors on the rest. For a given σ that is a lasso
 * on the hinge columns with the other columns free (partialled out); σ² is
 * then the mean squared residual, and the two steps alternate until σ
 * settles (each lowers the posterior's negative log).
 *
 * @param base - the design without hinges
 * @param y - fitted values of the window (the last `y.length` of `n`)
 * @param n - length of the whole series
 * @param cp - the changepoint settings
 * @param scale - Prophet's y scale (largest |value|; 1 on logs)
 * @returns the design with its hinges and the coefficients in its order
 * @example
 * laplaceFit({ season: 7, yearly: 0, end: 99 }, y, 100, cp, 1);
 */
export function laplaceFit(
  base: Omit<DesignSpec, 'hinges'>,
  y: readonly number[],
  n: number,
  cp: LaplaceChangepoints,
  scale: number,
): { spec: DesignSpec; coef: Float64Array } {
  const used = y.length;
  const h = projectedHinges(base, used, n, cp);
  const { plain, q, s, cols, free } = h;
  // The same values in a typed array: the loops below then read one kind
  // of array (the series may come as any kind of JS array).
  const yv = Float64Array.from(y);
  const by = leastSquares(plain, yv, q, 1e-9, true);
  const fitted = rowProducts(plain, by, used);
  let yy = 0;
  for (let t = 0; t < used; t += 1) yy += (yv[t]! - fitted[t]!) ** 2;
  // The hinges are orthogonal to the free columns: their products with y
  // are those with y's residual.
  const r = Float64Array.from(rowProducts(cols, yv, s));
  // Laplace penalty per unit of a yearly slope change, in y's units.
  const weight = (used - 1) / (YEAR * scale * cp.prior);
  const delta = slopeChanges(h.gram, r, yy, used, weight);
  // The free columns' coefficients: y's fit less the hinges' fits.
  const coef = new Float64Array(q + s);
  for (let k = 0; k < q; k += 1) {
    let b = by[k]!;
    for (let j = 0; j < s; j += 1) b -= delta[j]! * free[j * q + k]!;
    coef[k < 2 ? k : k + s] = b;
  }
  coef.set(delta, 2);
  return { spec: h.spec, coef };
}

/**
 * The slope changes at the joint mode of the slope changes and σ: a lasso
 * at λ = σ²·weight, then σ² the mean squared residual, in turn until σ
 * settles.
 */
function slopeChanges(
  gram: Float64Array,
  r: Float64Array,
  yy: number,
  used: number,
  weight: number,
): Float64Array {
  const s = r.length;
  let sigma2 = yy / used;
  let delta: Float64Array = new Float64Array(s);
  for (let round = 0; round < 50 && sigma2 > 0; round += 1) {
    delta = lasso(gram, r, sigma2 * weight, delta);
    const rss = Math.max(0, yy - 2 * dot(delta, r) + quad(gram, delta, s));
    const next = rss / used;
    const settled = Math.abs(next - sigma2) <= 1e-2 * sigma2;
    sigma2 = next;
    if (settled) break;
  }
  return delta;
}

/**
 * xᵀMx for an s × s row-major M, summed over x's non-zero entries only
 * (a zero adds nothing: the same sum to the bit).
 */
function quad(m: Float64Array, x: Float64Array, s: number): number {
  let q = 0;
  for (let i = 0; i < s; i += 1) {
    if (x[i] === 0) continue;
    for (let j = 0; j < s; j += 1) {
      if (x[j] !== 0) q += x[i]! * m[i * s + j]! * x[j]!;
    }
  }
  return q;
}
