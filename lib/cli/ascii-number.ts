/**
 * Numbers written as ASCII bytes straight into an output buffer, for the
 * forecast CSV: no string per number, two digits per division.
 */

/**
 * Most bytes {@link putNum} writes for one number: `-1.7976931348623157e+308`
 * (`String` of the largest double rounded, negative); below 1e5, 12
 * significant digits take at most 20 (`-0.00000123456789012`).
 */
export const MAX_NUM_BYTES = 24;

/** Largest whole number written digit by digit: exact arithmetic below. */
const EXACT = 2 ** 53;

/** `'00'` to `'99'` as character codes, two per pair. */
const PAIRS = Uint8Array.from({ length: 200 }, (_, k) =>
  k % 2 === 0 ? 48 + Math.floor(k / 20) : 48 + (((k - 1) / 2) % 10),
);

/**
 * A number as CSV text: rounded to an integer from 1e5 on (a relative
 * change below 5e-6, far inside any forecast's error; integers print
 * several times faster than the shortest round-trip decimal), to 12
 * significant digits below, where the shortest round trip wrote a sum's
 * float noise ('167.81799999999998' for 167.818).
 *
 * @param x - the number
 * @returns its text
 * @example
 * num(123456.7); // '123457'
 * num(167.81799999999998); // '167.818'
 */
export function num(x: number): string {
  if (Math.abs(x) >= 1e5) return String(Math.round(x));
  return Number.isFinite(x) ? String(Number(x.toPrecision(12))) : String(x);
}

/**
 * Write `x` at `buf[at]` as {@link num} words it: rounded to an integer
 * from 1e5 on, 12 significant digits below (and `String(x)` for NaN,
 * infinities and magnitudes from 2^53 on). The caller makes room for
 * {@link MAX_NUM_BYTES}.
 *
 * Readable form: `at + encodeInto(num(x), buf.subarray(at)).written`.
 * Integers are written two digits at a time instead: `String` of a double
 * cost more than a third of the time spent formatting a forecast.
 *
 * @param buf - output buffer
 * @param at - where to write
 * @param x - the number
 * @returns the position after the last byte written
 * @example
 * const buf = new Uint8Array(MAX_NUM_BYTES);
 * putNum(buf, 0, -123456.7); // 7 (buf holds '-123457')
 */
export function putNum(buf: Uint8Array, at: number, x: number): number {
  const a = Math.abs(x);
  if (!(a >= 1e5 && a < EXACT)) {
    return putText(buf, at, num(x));
  }
  const n = Math.round(x);
  let p = at;
  if (n < 0) buf[p++] = 45;
  const whole = Math.abs(n);
  if (whole < 2 ** 31) return putDigits(buf, p, whole, 0);
  // Below 2^53, the quotient's floor is exact and so is the remainder.
  const hi = Math.floor(whole / 1e8);
  return putDigits(buf, putDigits(buf, p, hi, 0), whole - hi * 1e8, 8);
}

/**
 * Digits of `v` (a whole number, 0 ≤ v < 2^31) at `buf[at]`, left-padded
 * with zeros to `width` when `width` > 0 (then v < 10^width); returns the
 * position after them.
 */
function putDigits(buf: Uint8Array, at: number, v: number, width: number) {
  const end = at + (width > 0 ? width : digitCount(v));
  let p = end;
  let n = v;
  while (n >= 100) {
    const q = (n / 100) | 0;
    const r = 2 * (n - 100 * q);
    buf[--p] = PAIRS[r + 1]!;
    buf[--p] = PAIRS[r]!;
    n = q;
  }
  if (n >= 10) {
    buf[--p] = PAIRS[2 * n + 1]!;
    buf[--p] = PAIRS[2 * n]!;
  } else buf[--p] = 48 + n;
  while (p > at) buf[--p] = 48;
  return end;
}

/** Number of decimal digits of a whole number below 2^31. */
function digitCount(v: number): number {
  // Readable form: String(v).length, by comparisons instead.
  if (v < 1e4) return v < 100 ? (v < 10 ? 1 : 2) : v < 1e3 ? 3 : 4;
  if (v < 1e8) return v < 1e6 ? (v < 1e5 ? 5 : 6) : v < 1e7 ? 7 : 8;
  return v < 1e9 ? 9 : 10;
}

/** An ASCII string's characters at `buf[at]`; returns the end. */
function putText(buf: Uint8Array, at: number, s: string): number {
  for (let k = 0; k < s.length; k += 1) buf[at + k] = s.charCodeAt(k);
  return at + s.length;
}
