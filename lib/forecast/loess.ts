/**
 * Locally weighted regression on an equally spaced series, the smoother
 * of STL (Cleveland et al. 1990), written as netlib's `stl.f` (`est`,
 * `ess`) computes it: tricube weights over the `span` nearest points,
 * times robustness weights, and a local constant or line.
 */

/** A series to smooth, at positions 0..n−1, with optional weights. */
export interface LoessInput {
  readonly y: Float64Array;
  /** Robustness weights per point (none: all 1). */
  readonly rw?: Float64Array | undefined;
  /** Points in each local fit (the window, ≥ 3). */
  readonly span: number;
  /** 0: local constant; 1: local line. */
  readonly degree: 0 | 1;
}

/**
 * The loess estimate at position `x` from the points `left..right`
 * (inclusive), undefined when every weight is 0.
 *
 * @param input - series, weights, span and degree
 * @param x - where to estimate (may lie outside 0..n−1)
 * @param left - first point of the window
 * @param right - last point of the window
 * @returns the estimate
 * @example
 * loessAt({ y: Float64Array.of(1, 2, 3), span: 3, degree: 1 }, 3, 0, 2); // 4
 */
export function loessAt(
  input: LoessInput,
  x: number,
  left: number,
  right: number,
): number | undefined {
  const { y, rw, span, degree } = input;
  const n = y.length;
  let h = Math.max(x - left, right - x);
  if (span > n) h += Math.floor((span - n) / 2);
  // One scratch array for the weights: this runs at every point of
  // every pass, and an array per call was most of STL's time.
  const len = right - left + 1;
  if (scratch.length < len) scratch = new Float64Array(2 * len);
  const w = scratch;
  let total = 0;
  for (let j = left; j <= right; j += 1) {
    const r = Math.abs(j - x);
    let k = 0;
    if (r <= 0.001 * h) k = 1;
    else if (r <= 0.999 * h) {
      const u = r / h;
      const v = 1 - u * u * u;
      k = v * v * v;
    }
    if (rw !== undefined) k *= rw[j]!;
    w[j - left] = k;
    total += k;
  }
  if (!(total > 0)) return undefined;
  for (let j = 0; j < len; j += 1) w[j]! /= total;
  if (h > 0 && degree === 1) tilt(w, len, left, x, n - 1);
  let s = 0;
  for (let j = left; j <= right; j += 1) s += w[j - left]! * y[j]!;
  return s;
}

let scratch = new Float64Array(64);

/** Turn normalised local-constant weights into local-line ones. */
function tilt(
  w: Float64Array,
  len: number,
  left: number,
  x: number,
  range: number,
) {
  let a = 0;
  for (let j = 0; j < len; j += 1) a += w[j]! * (left + j);
  let c = 0;
  for (let j = 0; j < len; j += 1) c += w[j]! * (left + j - a) ** 2;
  if (!(Math.sqrt(c) > 0.001 * range)) return;
  const b = (x - a) / c;
  for (let j = 0; j < len; j += 1) w[j]! *= b * (left + j - a) + 1;
}

/**
 * Loess at every position of the series, the window of `span` points
 * sliding with the position (the whole series when it is shorter); a
 * point whose weights are all 0 keeps its value.
 *
 * @param input - series, weights, span and degree
 * @returns the smoothed series
 * @example
 * loess({ y: Float64Array.of(1, 5, 1, 5, 1), span: 5, degree: 0 });
 */
export function loess(input: LoessInput): Float64Array {
  const n = input.y.length;
  const out = new Float64Array(n);
  const q = Math.min(input.span, n);
  const half = Math.floor((input.span + 1) / 2);
  let left = 0;
  let right = q - 1;
  for (let i = 0; i < n; i += 1) {
    if (i + 1 > half && right !== n - 1) {
      left += 1;
      right += 1;
    }
    out[i] = loessAt(input, i, left, right) ?? input.y[i]!;
  }
  return out;
}
