/**
 * Classical seasonality test and seasonal decompositions (multiplicative
 * and additive), as used by the Theta method (Assimakopoulos &
 * Nikolopoulos 2000; R `forecast::thetaf` and `stats::decompose`).
 */
import { Scratch } from './scratch.ts';

/** Seasonal indices by phase of the first observation (mean 1, or 0). */
export interface SeasonalIndices {
  /** Index of phase `i % m`, where phase 0 is the first observation. */
  readonly figure: readonly number[];
}

const centred = new Scratch();

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
  // at each use in the readable form), in a buffer kept from call to call.
  const c = centred.take(n);
  for (let t = 0; t < n; t += 1) c[t] = x[t]! - mean;
  let den = 0;
  for (let t = 0; t < n; t += 1) den += c[t]! ** 2;
  if (!(den > 0)) return false;
  let sum = 0;
  for (let k = 1; k < m; k += 1) sum += autocorrelation(c, n, k, den) ** 2;
  const stat = Math.sqrt((1 + 2 * sum) / n);
  return Math.abs(autocorrelation(c, n, m, den)) / stat > 1.6448536269514722;
}

/**
 * The lag-k autocorrelation of the centred values `c[0..n)` whose sum of
 * squares is `den` (a function of its own: a closure over `den`, which
 * the loop above updates, kept it as a heap number, one per value).
 */
function autocorrelation(c: Float64Array, n: number, k: number, den: number) {
  let s = 0;
  for (let t = 0; t + k < n; t += 1) s += c[t]! * c[t + k]!;
  return s / den;
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
  const raw = phaseMeans(x, m, 'ratio');
  const mean = raw.reduce((a, b) => a + b, 0) / m;
  const figure = raw.map((v) => v / mean);
  const bad = figure.some((v) => !(Number.isFinite(v) && Math.abs(v) >= 1e-4));
  return bad ? undefined : { figure };
}

/**
 * Seasonal terms of a classical additive decomposition: the differences
 * x − trend (trend as in {@link multiplicativeIndices}) averaged by phase
 * and centred to mean 0 (R `stats::decompose(type = 'additive')`). Used on
 * logs: adding a constant to x (a change of unit of the series the logs
 * are of) leaves the terms as they are, where the ratios of logs change.
 *
 * @param x - finite series, longer than 2m
 * @param m - season length (> 1)
 * @returns terms, undefined when one is not finite
 * @example
 * additiveIndices([1, 3, 1, 3, 1, 3, 1, 3], 2)?.figure; // [-1, 1]
 */
export function additiveIndices(
  x: readonly number[],
  m: number,
): SeasonalIndices | undefined {
  const raw = phaseMeans(x, m, 'difference');
  const mean = raw.reduce((a, b) => a + b, 0) / m;
  const figure = raw.map((v) => v - mean);
  return figure.every(Number.isFinite) ? { figure } : undefined;
}

/**
 * Mean by phase of x_t / trend_t or x_t − trend_t, the trend being the
 * centred moving average. Named, not passed as a function: called through
 * two different functions, V8 boxed each result in a heap number.
 */
function phaseMeans(
  x: readonly number[],
  m: number,
  compare: 'ratio' | 'difference',
): number[] {
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
    const trend = s / m;
    const c = compare === 'ratio' ? x[t]! / trend : x[t]! - trend;
    if (!Number.isFinite(c)) continue;
    sum[t % m]! += c;
    cnt[t % m]! += 1;
  }
  return Array.from(sum, (s, i) => s / cnt[i]!);
}
