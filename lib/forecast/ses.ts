import { goldenSection } from './golden.ts';

/**
 * Simple exponential smoothing with the smoothing weight and the initial
 * level chosen by least squares on the one-step errors (the additive-error
 * ETS(A,N,N) of Hyndman et al. 2008, as R `forecast::ses` fits it).
 */

/** Fitted simple exponential smoothing. */
export interface SesFit {
  readonly alpha: number;
  readonly level0: number;
  /** Level after the last observation (the flat forecast). */
  readonly level: number;
  /** Sum of squared one-step errors. */
  readonly sse: number;
}

const ALPHA_MIN = 1e-4;
const ALPHA_MAX = 0.9999;

/**
 * Errors are linear in the initial level ℓ0: e_t = e⁰_t − (1−α)^{t−1} ℓ0,
 * where e⁰ are the errors of a filter started at 0; so for each α the best
 * ℓ0 is a one-variable least-squares solution and the SSE follows.
 *
 * @param y - finite series
 * @param alpha - smoothing weight in (0, 1)
 * @returns the best initial level, the final level and the SSE
 * @example
 * sesAt([1, 2, 3], 0.5).level0;
 */
export function sesAt(y: ArrayLike<number>, alpha: number): SesFit {
  let l = 0;
  let c = 1;
  let see = 0;
  let sec = 0;
  let scc = 0;
  for (let t = 0; t < y.length; t += 1) {
    const e = y[t]! - l;
    see += e * e;
    sec += e * c;
    scc += c * c;
    l += alpha * e;
    c *= 1 - alpha;
  }
  const level0 = scc > 0 ? sec / scc : 0;
  // The final level of a filter started at ℓ0 is l + (1−α)^n ℓ0.
  return {
    alpha,
    level0,
    level: l + c * level0,
    sse: Math.max(0, see - (scc > 0 ? (sec * sec) / scc : 0)),
  };
}

/**
 * Fit SES: α on a grid of 10 steps in [1e-4, 0.9999], refined by golden
 * section around the best one; ℓ0 in closed form at each α ({@link sesAt}).
 *
 * @param y - finite series (at least one value)
 * @returns the fit with the least SSE found
 * @example
 * fitSes([5, 5, 5, 5]).level; // 5
 */
export function fitSes(y: ArrayLike<number>): SesFit {
  const grid = 10;
  const step = (ALPHA_MAX - ALPHA_MIN) / grid;
  let best = sesAt(y, ALPHA_MIN);
  let bestK = 0;
  for (let k = 1; k <= grid; k += 1) {
    const f = sesAt(y, ALPHA_MIN + step * k);
    if (f.sse < best.sse) [best, bestK] = [f, k];
  }
  const lo = Math.max(ALPHA_MIN, ALPHA_MIN + (bestK - 1) * step);
  const hi = Math.min(ALPHA_MAX, ALPHA_MIN + (bestK + 1) * step);
  const at = (a: number) => {
    const f = sesAt(y, a);
    return { f, value: f.sse };
  };
  const refined = goldenSection(at, lo, hi, 22).f;
  return refined.sse < best.sse ? refined : best;
}
