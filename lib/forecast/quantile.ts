/** Type-7 quantiles, by selection rather than sorting. */
import { Scratch } from './scratch.ts';

const scratch = new Scratch(1024);

/**
 * Quantile (type 7, linear) of the finite values; NaN when there are none.
 *
 * @param xs - numbers
 * @param p - probability in [0, 1]
 * @returns the p-quantile
 * @example
 * quantile([1, 2, 3, 4], 0.5); // 2.5
 */
export function quantile(xs: ArrayLike<number>, p: number): number {
  // One scratch buffer, grown as needed, instead of a copy per call.
  const s = scratch.take(xs.length);
  let n = 0;
  for (let i = 0; i < xs.length; i += 1) {
    // Number.isFinite's test, spelt out: given a value read from a holey
    // array (one made by `new Array(n)`), Number.isFinite made V8 box it,
    // a heap number per value.
    const v = xs[i]!;
    if (typeof v === 'number' && v - v === 0) s[n++] = v;
  }
  return quantileInPlace(s, n, p);
}

/**
 * Quantile (type 7) of `s[0..n)`, all finite, reordering them.
 *
 * @param s - values (reordered)
 * @param n - count used
 * @param p - probability in [0, 1]
 * @param mid3 - pivot on the median of three (first, middle, last) instead
 *   of the middle value: much faster on partly ordered input, the same
 *   result whenever no value is −0 (only zeros of both signs tie unequal
 *   bits, so only they can make the chosen one differ)
 * @returns the p-quantile (NaN when n = 0)
 * @example
 * quantileInPlace(Float64Array.of(3, 1, 2), 3, 0.5); // 2
 */
export function quantileInPlace(
  s: Float64Array,
  n: number,
  p: number,
  mid3 = false,
) {
  if (n === 0) return Number.NaN;
  // Readable form: sortedQuantile(s.subarray(0, n).sort(), p). Selecting
  // the two order statistics it reads is linear instead of n·log n.
  const pos = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(pos);
  const a = selectKth(s, n, lo, mid3);
  if (lo + 1 >= n) return a;
  let b = s[lo + 1]!;
  for (let i = lo + 2; i < n; i += 1) if (s[i]! < b) b = s[i]!;
  return a + (b - a) * (pos - lo);
}

/**
 * The k-th smallest (from 0) of `s[0..n)`, reordering them; the same value
 * as `s.subarray(0, n).sort()[k]` when no value is −0 or NaN.
 *
 * @param s - values (reordered)
 * @param n - count used
 * @param k - rank, 0 ≤ k < n
 * @returns the order statistic
 * @example
 * kthSmallest(Float64Array.of(3, 1, 2), 3, 0); // 1
 */
export function kthSmallest(s: Float64Array, n: number, k: number): number {
  return selectKth(s, n, k, true);
}

/**
 * Rearrange `s[0..n)` so that `s[k]` holds the k-th smallest value, smaller
 * ones before it and larger ones after (Hoare's quickselect).
 */
function selectKth(
  s: Float64Array,
  n: number,
  k: number,
  mid3: boolean,
): number {
  let left = 0;
  let right = n - 1;
  while (right > left) {
    const m = s[(left + right) >> 1]!;
    const pivot = mid3 ? medianOf3(s[left]!, m, s[right]!) : m;
    let i = left;
    let j = right;
    while (i <= j) {
      while (s[i]! < pivot) i += 1;
      while (s[j]! > pivot) j -= 1;
      if (i <= j) {
        const t = s[i]!;
        s[i] = s[j]!;
        s[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return s[k]!;
}

/** The middle one of three values. */
function medianOf3(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : Math.max(a, c);
  return a < c ? a : Math.max(b, c);
}

/**
 * Quantile (type 7) of an ascending array, or of its first `n` values.
 *
 * @param s - sorted values
 * @param p - probability in [0, 1]
 * @param n - values read (default all; a length instead of a `subarray`,
 *   an object per call)
 * @returns the p-quantile (NaN when empty)
 * @example
 * sortedQuantile(Float64Array.of(1, 2, 3), 0.5); // 2
 */
export function sortedQuantile(
  s: ArrayLike<number>,
  p: number,
  n = s.length,
): number {
  if (n === 0) return Number.NaN;
  const pos = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}
