/** Damped Holt–Winters filter: parameters and the one-step error pass. */

/** Smoothing parameters of damped Holt–Winters. */
export interface EtsParams {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  readonly phi: number;
}

const sig = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Map unconstrained optimiser coordinates to admissible parameters.
 *
 * @param p - four unconstrained coordinates
 * @param m - season length in use (1 = none)
 * @returns α in (0.01, 0.99), β ≤ α/2, γ ≤ (1 − α)/2, φ in (0.8, 0.98)
 * @example
 * etsParams([0, -1, -1, 1], 7).alpha; // 0.5
 */
export function etsParams(p: ArrayLike<number>, m: number): EtsParams {
  const alpha = 0.01 + 0.98 * sig(p[0]!);
  return {
    alpha,
    beta: alpha * 0.5 * sig(p[1]!),
    gamma: m > 1 ? (1 - alpha) * 0.5 * sig(p[2]!) : 0,
    phi: 0.8 + 0.18 * sig(p[3]!),
  };
}

/** Initial level, trend and seasonal states (into `s`) from the first days. */
function initialStates(y: Float64Array, m: number, s: Float64Array) {
  let l = 0;
  for (let j = 0; j < m; j += 1) l += y[j]! / m;
  let b = 0;
  if (y.length >= 2 * m) {
    for (let j = m; j < 2 * m; j += 1) b += y[j]! / m;
    b = (b - l) / m;
  }
  for (let j = 0; j < m; j += 1) s[j] = m > 1 ? y[j]! - l : 0;
  return { l, b };
}

/**
 * One-step SSE of the filter, without allocating: the objective of the
 * optimiser, called about a hundred times per fit.
 *
 * @param y - series (possibly logs)
 * @param m - season length in use
 * @param q - parameters
 * @param s - scratch for the seasonal states, length ≥ m (overwritten)
 * @returns the sum of squared one-step errors
 * @example
 * etsSse(Float64Array.of(1, 2, 3), 1, etsParams([0, 0, 0, 0], 1),
 *   new Float64Array(1));
 */
export function etsSse(
  y: Float64Array,
  m: number,
  q: EtsParams,
  s: Float64Array,
): number {
  let { l, b } = initialStates(y, m, s);
  const { alpha, beta, gamma, phi } = q;
  let sse = 0;
  // Readable form: for each t, e = y[t] − (l + φb + s[t mod m]); then
  // l += φb + αe; b = φb + βe; s[t mod m] += γe. Rearranged below so that
  // each state depends on the previous ones through fewer operations.
  const keep = 1 - alpha;
  const damp = phi * (1 - beta);
  for (let t = 0, k = 0; t < y.length; t += 1, k = k + 1 === m ? 0 : k + 1) {
    const d = y[t]! - s[k]!;
    const lp = l + phi * b;
    const e = d - lp;
    sse += e * e;
    b = damp * b + beta * (d - l);
    l = keep * lp + alpha * d;
    s[k]! += gamma * e;
  }
  return sse;
}

/**
 * Run the filter and keep the final states.
 *
 * @param y - series (possibly logs)
 * @param m - season length in use
 * @param q - parameters
 * @returns SSE, final level and trend, seasonal states from index n on
 * @example
 * runEtsFilter(Float64Array.of(1, 2, 3), 1, etsParams([0, 0, 0, 0], 1));
 */
export function runEtsFilter(y: Float64Array, m: number, q: EtsParams) {
  const s = new Float64Array(m);
  let { l, b } = initialStates(y, m, s);
  let sse = 0;
  const { alpha, beta, gamma, phi } = q;
  for (let t = 0, k = 0; t < y.length; t += 1, k = k + 1 === m ? 0 : k + 1) {
    const pb = phi * b;
    const e = y[t]! - (l + pb + s[k]!);
    sse += e * e;
    l += pb + alpha * e;
    b = pb + beta * e;
    s[k]! += gamma * e;
  }
  const n = y.length;
  const seasonal = Array.from({ length: m }, (_, i) => s[(n + i) % m]!);
  return { sse, level: l, trend: b, seasonal };
}
