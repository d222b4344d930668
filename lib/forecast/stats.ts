/** Small numeric helpers shared by the models (pure, allocation-light). */
import { quantile, quantileInPlace } from './quantile.ts';
import { Scratch } from './scratch.ts';

export { quantile, sortedQuantile } from './quantile.ts';

/**
 * Median of the finite values.
 *
 * @param xs - numbers
 * @returns the median (NaN when empty)
 * @example
 * median([3, 1, 2]); // 2
 */
export function median(xs: ArrayLike<number>): number {
  return quantile(xs, 0.5);
}

/**
 * Median absolute deviation scaled to a normal standard deviation.
 *
 * @param xs - numbers
 * @returns 1.4826 × median |x − median|
 * @example
 * mad([1, 2, 3, 4, 100]); // 1.4826
 */
export function mad(xs: readonly number[]): number {
  // Readable form: median(xs.map((x) => Math.abs(x - median(xs)))), with
  // one typed copy of the finite values reused for both medians (in a
  // buffer kept from call to call: see `Scratch`).
  const s = madScratch.take(xs.length);
  let n = 0;
  // An indexed loop: `for…of` allocated an iterator result per value here.
  // Number.isFinite's test spelt out, as in `quantile` (no heap number
  // per value read from a holey array).
  for (let i = 0; i < xs.length; i += 1) {
    const v = xs[i]!;
    if (typeof v === 'number' && v - v === 0) s[n++] = v;
  }
  const m = quantileInPlace(s, n, 0.5);
  for (let i = 0; i < n; i += 1) s[i] = Math.abs(s[i]! - m);
  // The first selection leaves the values near m around the middle, so
  // their deviations (the smallest) would be the middle pivots: pivot on
  // a median of three. The deviations are never −0, so the result is the
  // same.
  return 1.4826 * quantileInPlace(s, n, 0.5, true);
}

const madScratch = new Scratch();

/**
 * `xs.every(Number.isFinite)`, without a callback per value.
 *
 * @param xs - numbers
 * @returns whether every value is a finite number
 * @example
 * allFinite([1, Number.NaN]); // false
 */
export function allFinite(xs: readonly number[]): boolean {
  // Number.isFinite's test spelt out, as in `quantile` (no heap number
  // per value read from a holey array).
  for (let i = 0; i < xs.length; i += 1) {
    const v = xs[i]!;
    if (!(typeof v === 'number' && v - v === 0)) return false;
  }
  return true;
}

/**
 * Standard normal quantile (Acklam's rational approximation, |err| < 1e-9).
 *
 * @param p - probability in (0, 1)
 * @returns z with Φ(z) = p
 * @example
 * normalQuantile(0.975); // ≈ 1.959964
 */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269,
    -30.66479806614716, 2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866,
    66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838,
    -2.549732539343734, 4.374664141464968, 2.938163982698783,
  ];
  const d = [
    0.007784695709041462, 0.3224671290700398, 2.445134137142996,
    3.754408661907416,
  ];
  const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
  const tail = (r: number): number =>
    (((((c[0]! * r + c[1]!) * r + c[2]!) * r + c[3]!) * r + c[4]!) * r +
      c[5]!) /
    ((((d[0]! * r + d[1]!) * r + d[2]!) * r + d[3]!) * r + 1);
  if (q < 0.02425) return tail(Math.sqrt(-2 * Math.log(q)));
  if (q > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - q)));
  const r = (q - 0.5) * (q - 0.5);
  const u = q - 0.5;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r +
      a[5]!) *
      u) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/**
 * Two-sided z for a central interval at `level` percent.
 *
 * @param level - e.g. 95
 * @returns z, e.g. 1.96
 * @example
 * zForLevel(80); // ≈ 1.2816
 */
export function zForLevel(level: number): number {
  return normalQuantile(0.5 + Math.min(99.98, Math.max(0, level)) / 200);
}

/**
 * Inner product of two equally long arrays.
 *
 * @param a - first
 * @param b - second
 * @returns Σ a_i·b_i
 * @example
 * dot([1, 2], [3, 4]); // 11
 */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += a[i]! * b[i]!;
  return s;
}
