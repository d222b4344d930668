/** The fit of the optimised Theta model at one α (see {@link otmAt}). */
export interface OtmFit {
  /** w = 1 − 1/θ, the weight of the drift, ≥ 0. */
  readonly w: number;
  /** The level after the last observation, ℓ_n. */
  readonly level: number;
  /** Sum of squared one-step errors. */
  readonly sse: number;
}

/** Below this, (1−α)^t is negligible beside 1 (see {@link otmAt}). */
const TINY = 1e-18;

/**
 * One-step fit of the optimised Theta model (OTM, Fiorucci et al. 2016) at
 * a given α: μ_t = ℓ_{t−1} + w·D_t with D_t = (1−α)^t A + (1 − (1−α)^{t+1})/α · B
 * (t from 0; A, B the least-squares line of the whole series) and
 * ℓ_t = αy_t + (1−α)ℓ_{t−1}. The errors are linear in ℓ0 and w = 1 − 1/θ,
 * so both come from a 2×2 least-squares solve, with w ≥ 0 (θ ≥ 1).
 *
 * @param y - the deseasonalised series, finite
 * @param alpha - the smoothing weight α, in (0, 1)
 * @param a - intercept of the series' least-squares line
 * @param b - slope of that line
 * @returns w = 1 − 1/θ, the last level ℓ_n and the sum of squared errors
 * @example
 * otmAt([1, 2, 3, 4, 5], 0.5, 0, 1).sse;
 */
export function otmAt(
  y: ArrayLike<number>,
  alpha: number,
  a: number,
  b: number,
): OtmFit {
  const head = otmHead(y, alpha, a, b);
  // Once (1−α)^t is below 1e-18 of 1 it no longer changes any sum it
  // enters (c·r, c², c·d), and d is the constant B/α: the same loop
  // without those terms.
  const d = b * (1 / alpha);
  let { l, srr, sdd } = head;
  let sr = 0;
  for (let t = head.t; t < y.length; t += 1) {
    const r = y[t]! - l;
    srr += r * r;
    sr += r;
    sdd += d * d;
    l += alpha * r;
  }
  const srd = head.srd + sr * d;
  // ℓ_n = (the filter started at 0) + (1−α)^n·ℓ0: (1−α)^n is negligible
  // once the head stopped early, but not when the series ended first (a
  // short series, or a small α).
  const c = head.t === y.length ? head.c : 0;
  const { src, scc, scd } = head;
  const { w, l0 } = solveOtm(src, srd, scc, scd, sdd);
  const sse =
    srr +
    l0 * l0 * scc +
    w * w * sdd -
    2 * l0 * src -
    2 * w * srd +
    2 * l0 * w * scd;
  return { w, level: l + c * l0, sse: Math.max(0, sse) };
}

/** The sums of {@link otmHead}, where its loop stopped, and its level. */
interface OtmHead {
  readonly t: number;
  /** (1−α)^t where the loop stopped. */
  readonly c: number;
  readonly l: number;
  readonly srr: number;
  readonly src: number;
  readonly srd: number;
  readonly scc: number;
  readonly scd: number;
  readonly sdd: number;
}

/**
 * The steps of {@link otmAt} while (1−α)^t is not negligible: the
 * filter's errors r_t and the cross-products of r, c and d.
 */
function otmHead(
  y: ArrayLike<number>,
  alpha: number,
  a: number,
  b: number,
): OtmHead {
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
  return { t, c, l, srr, src, srd, scc, scd, sdd };
}

/** The 2×2 least-squares solve for w (≥ 0) and then ℓ0. */
function solveOtm(
  src: number,
  srd: number,
  scc: number,
  scd: number,
  sdd: number,
) {
  const det = scc * sdd - scd * scd;
  let w = det > 0 ? (scc * srd - scd * src) / det : 0;
  if (!(w >= 0)) w = 0;
  const l0 = scc > 0 ? (src - w * scd) / scc : 0;
  return { w, l0 };
}
