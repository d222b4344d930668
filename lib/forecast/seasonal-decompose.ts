/**
 * Classical seasonality test and multiplicative decomposition, as used by
 * the Theta method (Assimakopoulos & Nikolopoulos 2000; R `forecast::thetaf`
 * and `stats::decompose`).
 */

import { ArrayCache } from './array-cache.ts';

/** Seasonal indices by phase of the first observation (mean 1). */
export interface SeasonalIndices {
  /** Index of phase `i % m`, where phase 0 is the first observation. */
  readonly figure: readonly number[];
}

/**
 * Is the series seasonal with period `m`? The lag-`m` autocorrelation must
 * exceed 1.645 standard errors (Bartlett), the 90 % one-sided test of
 * `thetaf`: |r_m| / sqrt((1 + 2 Σ_{k<m} r_k²) / n) > 1.645.
 *
 * @param x - finite series
 * @param m - season length
 * @returns true when seasonal (false for m ≤ 1, n ≤ 2m, constant input)
 * @example
 * isSeasonal([1, 5, 1, 5, 1, 5, 1, 5, 1, 5], 2); // true
 */
export function isSeasonal(x: readonly number[], m: number): boolean {
  const n = x.length;
  if (m <= 1 || n <= 2 * m) return false;
  // Indexed loops: `for…of` allocated an iterator result per value here.
  let mean = 0;
  for (let t = 0; t < n; t += 1) mean += x[t]!;
  mean /= n;
  // The centred values, computed once (the same numbers as x[t] − mean
  // at each use in the readable form).
  const c = new Float64Array(n);
  for (let t = 0; t < n; t += 1) c[t] = x[t]! - mean;
  let den = 0;
  for (let t = 0; t < n; t += 1) den += c[t]! ** 2;
  if (!(den > 0)) return false;
  const r = (k: number) => {
    let s = 0;
    for (let t = 0; t + k < n; t += 1) s += c[t]! * c[t + k]!;
    return s / den;
  };
  let sum = 0;
  for (let k = 1; k < m; k += 1) sum += r(k) ** 2;
  const stat = Math.sqrt((1 + 2 * sum) / n);
  return Math.abs(r(m)) / stat > 1.6448536269514722;
}

/**
 * Seasonal indices of a classical multiplicative decomposition: a centred
 * moving average of length `m` (half weights at the ends for even `m`) is
 * the trend; the ratios x / trend are averaged by phase and normalised to
 * mean 1 (R `stats::decompose(type = 'multiplicative')`).
 *
 * @param x - finite positive series, longer than 2m
 * @param m - season length (> 1)
 * @returns indices, undefined when one is not finite or below 1e-4
 * @example
 * multiplicativeIndices([1, 3, 1, 3, 1, 3, 1, 3], 2)?.figure; // [0.5, 1.5]
 */
export function multiplicativeIndices(
  x: readonly number[],
  m: number,
): SeasonalIndices | undefined {
  const n = x.length;
  const half = Math.floor(m / 2);
  const even = m % 2 === 0;
  const sum = new Float64Array(m);
  const cnt = new Float64Array(m);
  for (let t = half; t + half < n; t += 1) {
    let s = 0;
    for (let j = -half; j <= half; j += 1) {
      const w = even && Math.abs(j) === half ? 0.5 : 1;
      s += w * x[t + j]!;
    }
    const ratio = x[t]! / (s / m);
    if (!Number.isFinite(ratio)) continue;
    sum[t % m]! += ratio;
    cnt[t % m]! += 1;
  }
  const raw = Array.from(sum, (s, i) => s / cnt[i]!);
  const mean = raw.reduce((a, b) => a + b, 0) / m;
  const figure = raw.map((v) => v / mean);
  const bad = figure.some((v) => !(Number.isFinite(v) && Math.abs(v) >= 1e-4));
  return bad ? undefined : { figure };
}

/**
 * Deseasonalise for Theta: when the series is positive and seasonal
 * ({@link isSeasonal}), divide by the multiplicative indices; otherwise
 * return it unchanged with unit indices.
 *
 * @param x - finite series
 * @param m - season length
 * @returns adjusted series and the index of each phase (phase 0 = x[0])
 * @example
 * deseasonalize([1, 3, 1, 3, 1, 3, 1, 3], 2).adjusted; // [2, 2, …]
 */
export function deseasonalize(x: readonly number[], m: number): Deseasonalized {
  // Theta and optimised Theta fit the same training array at each origin.
  const bySeason = cache.get(x, () => new Map<number, Deseasonalized>());
  let out = bySeason.get(m);
  if (out === undefined) {
    out = { m, ...adjust(x, m) };
    bySeason.set(m, out);
  }
  return out;
}

/** A deseasonalised series, its indices and season length. */
export interface Deseasonalized {
  readonly m: number;
  readonly adjusted: readonly number[];
  readonly figure: readonly number[];
}

const cache = new ArrayCache<Map<number, Deseasonalized>>();

function adjust(x: readonly number[], m: number) {
  const positive = x.every((v) => v > 0);
  const idx = positive && isSeasonal(x, m) && multiplicativeIndices(x, m);
  if (!idx) return { adjusted: x, figure: [1] };
  const f = idx.figure;
  return { adjusted: x.map((v, t) => v / f[t % m]!), figure: f };
}
