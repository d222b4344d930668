/**
 * The inner pass of STL (Cleveland et al. 1990; netlib `stl.f`'s
 * `stlstp`): cycle-subseries smoothing, a low-pass filter and trend
 * smoothing.
 */

import { type LoessInput, loess, loessAt } from './loess.ts';

/** Spans of the three smoothings (seasonal, trend, low pass). */
export interface Spans {
  readonly ns: number;
  readonly nt: number;
  readonly nl: number;
}

/**
 * One inner pass of STL: detrend, smooth each cycle-subseries, take out
 * their low-pass part, and smooth the trend of what is left.
 *
 * @param y - the series
 * @param m - period
 * @param spans - the smoothings' spans
 * @param rw - robustness weights (none in the first outer pass)
 * @param seasonal - the seasonal component, updated in place
 * @param trend - the trend component, updated in place
 * @example
 * innerPass(y, 7, { ns: 11, nt: 13, nl: 7 }, undefined, s, t);
 */
export function innerPass(
  y: Float64Array,
  m: number,
  spans: Spans,
  rw: Float64Array | undefined,
  seasonal: Float64Array,
  trend: Float64Array,
) {
  const n = y.length;
  const detrended = new Float64Array(n);
  for (let t = 0; t < n; t += 1) detrended[t] = y[t]! - trend[t]!;
  const cycle = cycleSubseries(detrended, m, spans.ns, rw);
  const low = loess({ y: lowPass(cycle, m), span: spans.nl, degree: 1 });
  for (let t = 0; t < n; t += 1) seasonal[t] = cycle[m + t]! - low[t]!;
  const adjusted = detrended;
  for (let t = 0; t < n; t += 1) adjusted[t] = y[t]! - seasonal[t]!;
  trend.set(loess({ y: adjusted, rw, span: spans.nt, degree: 1 }));
}

/**
 * Each phase's subseries smoothed (degree 0) and extended one cycle
 * before and after: length n + 2m, position m + t for day t.
 */
function cycleSubseries(
  x: Float64Array,
  m: number,
  span: number,
  rw: Float64Array | undefined,
) {
  const n = x.length;
  const out = new Float64Array(n + 2 * m);
  for (let p = 0; p < m; p += 1) {
    const k = Math.ceil((n - p) / m);
    const sub = new Float64Array(k);
    const subRw = rw ? new Float64Array(k) : undefined;
    for (let i = 0; i < k; i += 1) {
      sub[i] = x[p + i * m]!;
      if (subRw) subRw[i] = rw![p + i * m]!;
    }
    const input: LoessInput = { y: sub, rw: subRw, span, degree: 0 };
    const smooth = loess(input);
    const first = loessAt(input, -1, 0, Math.min(span, k) - 1) ?? smooth[0]!;
    const last =
      loessAt(input, k, Math.max(0, k - span), k - 1) ?? smooth[k - 1]!;
    out[p] = first;
    for (let i = 0; i < k; i += 1) out[(i + 1) * m + p] = smooth[i]!;
    out[(k + 1) * m + p] = last;
  }
  return out;
}

/** Moving averages of lengths m, m and 3: n + 2m values in, n out. */
function lowPass(c: Float64Array, m: number) {
  return movingAverage(movingAverage(movingAverage(c, m), m), 3);
}

function movingAverage(x: Float64Array, len: number) {
  const out = new Float64Array(x.length - len + 1);
  let s = 0;
  for (let t = 0; t < len; t += 1) s += x[t]!;
  out[0] = s / len;
  for (let t = len; t < x.length; t += 1) {
    s += x[t]! - x[t - len]!;
    out[t - len + 1] = s / len;
  }
  return out;
}
