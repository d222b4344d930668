import { quantileInPlace } from './quantile.ts';
import { slideSorted } from './sorted-window.ts';

/** Half-width of the rolling median window (days). */
export const HALF = 10;

/** The expectation of each day of a series: see {@link expectation}. */
export interface Expectation {
  /** The series minus its rolling median. */
  readonly r: readonly number[];
  /** The season used (1 when the series is shorter than four seasons). */
  readonly m: number;
  /** The median of `r` at each phase of the season. */
  readonly factors: readonly number[];
  /** The expected value at an index: rolling median plus its factor. */
  readonly expected: (i: number) => number;
}

/**
 * Rolling median with weekly factors: the expectation of each day.
 *
 * @param y - series
 * @param season - season length
 * @returns the residuals from the median, the factors and the expectation
 * @example
 * expectation([5, 5, 5, 0, 5, 5, 5], 1).expected(3); // 5
 */
export function expectation(y: readonly number[], season: number): Expectation {
  const base = extendEdges(rollingMedian(y, HALF), HALF);
  // Indexed loops here: from `map`'s callback each value came back as a
  // heap number, twice the bytes of the array itself.
  const r = new Array<number>(y.length);
  for (let i = 0; i < y.length; i += 1) r[i] = y[i]! - base[i]!;
  const m = y.length >= 4 * season ? season : 1;
  const factors = phaseMedians(r, m);
  const expected = (i: number) => base[i]! + factors[i % m]!;
  return { r, m, factors, expected };
}

/**
 * Replace the first and last `half` medians (whose windows are shifted, so
 * biased on a trend) by a straight extension of the centred ones.
 */
function extendEdges(base: number[], half: number): number[] {
  const n = base.length;
  const step = 7;
  if (n < 2 * half + step + 1) return base;
  const a = base[half]!;
  const startSlope = (base[half + step]! - a) / step;
  const z = base[n - 1 - half]!;
  const endSlope = (z - base[n - 1 - half - step]!) / step;
  for (let i = 0; i < half; i += 1) {
    base[i] = a + startSlope * (i - half);
    base[n - 1 - i] = z + endSlope * (half - i);
  }
  return base;
}

/**
 * Median of a window of `2·half + 1` days around each point, the window
 * shifted inside the series at its ends.
 *
 * @param y - series
 * @param half - half-width
 * @returns medians, same length
 * @example
 * rollingMedian([1, 9, 1, 1, 1], 1); // [1, 1, 1, 1, 1]
 */
export function rollingMedian(y: readonly number[], half: number): number[] {
  const w = Math.min(y.length, 2 * half + 1);
  // Readable form: sort a copy of each window. Here the window stays sorted
  // and slides one day at a time (one removal, one insertion).
  const buf = Float64Array.from(y.slice(0, w)).sort();
  let start = 0;
  const out = new Array<number>(y.length);
  for (let i = 0; i < y.length; i += 1) {
    const want = Math.min(Math.max(0, i - half), y.length - w);
    for (; start < want; start += 1)
      slideSorted(buf, w, y[start]!, y[start + w]!);
    out[i] = w % 2 ? buf[(w - 1) / 2]! : (buf[w / 2 - 1]! + buf[w / 2]!) / 2;
  }
  return out;
}

function phaseMedians(r: readonly number[], m: number): number[] {
  if (m === 1) return [0];
  // Readable form: median of each phase's values (in time order); one
  // typed buffer per call instead of m growing arrays and their copies.
  const buf = new Float64Array(Math.ceil(r.length / m));
  const out: number[] = [];
  for (let phase = 0; phase < m; phase += 1) {
    let k = 0;
    // Number.isFinite's test spelt out, as in `quantile` (`r` is holey).
    for (let i = phase; i < r.length; i += m) {
      const v = r[i]!;
      if (typeof v === 'number' && v - v === 0) buf[k++] = v;
    }
    out.push(quantileInPlace(buf, k, 0.5));
  }
  return out;
}
