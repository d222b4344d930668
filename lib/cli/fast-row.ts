/**
 * Fast paths for the common row `id,YYYY-MM-DD,number` of a long CSV: no
 * split, no per-field strings for the date. Anything else returns
 * undefined and goes through the general parser, which also words the
 * error messages.
 */

import { decimalKind } from '#lib/domain/decimal';

const DASH = 45;
const POINT = 46;
const ZERO = 48;

/**
 * Day number of a `YYYY-MM-DD` date at `text[from..to)`, or undefined when
 * it is not exactly such a valid date.
 *
 * @param text - the line
 * @param from - first character of the field
 * @param to - end of the field
 * @returns days since 1970-01-01
 * @example
 * fastDay('a,2024-01-01,5', 2, 12); // 19723
 */
export function fastDay(text: string, from: number, to: number) {
  if (to - from !== 10) return undefined;
  if (text.charCodeAt(from + 4) !== DASH) return undefined;
  if (text.charCodeAt(from + 7) !== DASH) return undefined;
  // Readable form: each part via Number(text.slice(...)); here digit by
  // digit, with no string or closure per row (a non-digit gives NaN).
  let y = 0;
  for (let k = 0; k < 4; k += 1) y = 10 * y + digitAt(text, from + k);
  const m = 10 * digitAt(text, from + 5) + digitAt(text, from + 6);
  const d = 10 * digitAt(text, from + 8) + digitAt(text, from + 9);
  // Years before 100 go to the general parser, which rejects them.
  if (!(y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= monthDays(y, m))) {
    return undefined;
  }
  return civilDay(y, m, d);
}

/** Days in month `m` (1–12) of year `y` (proleptic Gregorian). */
function monthDays(y: number, m: number): number {
  if (m !== 2) return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

/**
 * Days since 1970-01-01 of a valid date, by arithmetic (H. Hinnant's
 * `days_from_civil`); readable form: `Date.UTC(y, m - 1, d) / 86400000`,
 * which costs a Date call per row (and a Date object to check the day).
 */
function civilDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function digitAt(text: string, at: number): number {
  const c = text.charCodeAt(at) - ZERO;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}

/**
 * Value of a numeric field at `text[from..to)`: NaN for an empty field,
 * undefined for anything that is not a plain finite non-zero number in
 * decimal notation, or a zero written otherwise than in digits (the
 * general parser then reports it, reads NA, or tells an underflow from
 * a zero).
 *
 * @param text - the line
 * @param from - first character of the field
 * @param to - end of the field
 * @returns the number
 * @example
 * fastValue('a,2024-01-01,5', 13, 14); // 5
 */
export function fastValue(text: string, from: number, to: number) {
  if (from === to) return Number.NaN;
  const v = fastDecimal(text, from, to);
  if (v !== undefined) return v;
  // Decimal notation only: Number() reads '0x10' as 16. The check also
  // turns away spaces (Number(' ') is 0), which the parser trims.
  if (decimalKind(text, from, to) === 0) return undefined;
  const n = Number(text.slice(from, to));
  // Infinity is out of range; 0 may be an underflow (1e-400) or -0.
  return Number.isFinite(n) && n !== 0 ? n : undefined;
}

/** 10^k for k = 0…15, exact in a double. */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * An unsigned number of at most 15 digits, with or without a point
 * (`123`, `1234.567`, `.5`), read digit by digit; undefined for anything
 * else. Readable form: `Number(text.slice(from, to))`. The digits make
 * a whole number below 2^53 and 10^k is exact, so the one division is
 * rounded once, to the double nearest the decimal, as Number() reads it
 * (Clinger's fast path: W. D. Clinger, "How to read floating point
 * numbers accurately", PLDI 1990).
 */
function fastDecimal(text: string, from: number, to: number) {
  if (to - from > 16) return undefined;
  let v = 0;
  let point = -1;
  for (let k = from; k < to; k += 1) {
    const c = text.charCodeAt(k) - ZERO;
    if (c >= 0 && c <= 9) v = 10 * v + c;
    else if (c === POINT - ZERO && point < 0) point = k;
    else return undefined;
  }
  if (point < 0) return to - from <= 15 ? v : undefined;
  // A point alone has no digits; 16 characters with a point are 15 digits.
  return to - from > 1 ? v / POW10[to - point - 1]! : undefined;
}
