/**
 * STL: seasonal-trend decomposition by loess (Cleveland, Cleveland,
 * McRae & Terpenning 1990), as R `stats::stl` computes it (netlib
 * `stl.f`, without its speed-up jumps): inner passes of cycle-subseries
 * smoothing, a low-pass filter and trend smoothing; with `robust`, outer
 * passes weigh each day by the bisquare of its remainder.
 */

import { median } from './stats.ts';
import { innerPass } from './stl-pass.ts';

/** Spans and passes of STL (R `stl`'s names in brackets). */
export interface StlOptions {
  /** Span of the cycle-subseries smoothing, odd ≥ 7 (`s.window`). */
  readonly seasonal: number;
  /** Span of the trend smoothing (`t.window`); R's default when absent. */
  readonly trend?: number;
  /** Span of the low-pass filter's loess (`l.window`); R's default when absent. */
  readonly lowPass?: number;
  /** Bisquare robustness weights, 15 outer passes (`robust`). */
  readonly robust: boolean;
}

/** The components; seasonal + trend + remainder = the series. */
export interface StlResult {
  readonly seasonal: Float64Array;
  readonly trend: Float64Array;
  readonly remainder: Float64Array;
}

/** R's `nextodd`: x rounded, plus 1 when even. */
const odd = (x: number) => {
  const r = Math.round(x);
  return r % 2 === 0 ? r + 1 : r;
};

/**
 * Decompose `values` (period `m` ≥ 2, at least 2m values) into seasonal, trend
 * and remainder. R's defaults: trend span the next odd integer from
 * 1.5m / (1 − 1.5 / seasonal), low-pass span the next odd from m,
 * degrees 0 (seasonal) and 1 (trend, low pass), 2 inner passes (1 when
 * robust, with 15 outer ones).
 *
 * @param values - finite series
 * @param m - period
 * @param options - spans and robustness
 * @returns the components
 * @example
 * stl([1, 3, 1, 3, 1, 3, 1, 3], 2, { seasonal: 7, robust: false })
 *   .seasonal; // ≈ [−1, 1, −1, 1, …]
 */
export function stl(
  values: ArrayLike<number>,
  m: number,
  options: StlOptions,
): StlResult {
  const y = Float64Array.from(values);
  const n = y.length;
  const ns = odd(Math.max(3, options.seasonal));
  const nt = odd(options.trend ?? Math.ceil((1.5 * m) / (1 - 1.5 / ns)));
  const spans = { ns, nt, nl: odd(options.lowPass ?? m) };
  const inner = options.robust ? 1 : 2;
  const outer = options.robust ? 15 : 0;
  let rw: Float64Array | undefined;
  const trend = new Float64Array(n);
  const seasonal = new Float64Array(n);
  for (let k = 0; k <= outer; k += 1) {
    for (let j = 0; j < inner; j += 1) {
      innerPass(y, m, spans, rw, seasonal, trend);
    }
    if (k < outer) rw = robustnessWeights(y, seasonal, trend);
  }
  const remainder = new Float64Array(n);
  for (let t = 0; t < n; t += 1)
    remainder[t] = y[t]! - seasonal[t]! - trend[t]!;
  return { seasonal, trend, remainder };
}

/** Bisquare weights of the remainders over 6 × their median size. */
function robustnessWeights(
  y: Float64Array,
  seasonal: Float64Array,
  trend: Float64Array,
) {
  const r = new Float64Array(y.length);
  for (let t = 0; t < y.length; t += 1) {
    r[t] = Math.abs(y[t]! - seasonal[t]! - trend[t]!);
  }
  const h = 6 * median(r);
  // Compared as distances, as `stl.f` does: with h = 0 the exact fits
  // weigh 1, the others 0.
  return r.map((v) => {
    if (v <= 0.001 * h) return 1;
    return v <= 0.999 * h ? (1 - (v / h) ** 2) ** 2 : 0;
  });
}
