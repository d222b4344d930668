/**
 * Fast paths for the common row `id,YYYY-MM-DD,number` of a long CSV: no
 * split, no per-field strings for the date. Anything else returns
 * undefined and goes through the general parser, which also words the
 * error messages.
 */

const DASH = 45;
const ZERO = 48;
const DAY_MS = 86_400_000;

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
  if (!(m >= 1 && m <= 12 && d >= 1)) return undefined;
  const t = Date.UTC(y, m - 1, d);
  // Day 31 of a 30-day month rolls over into the next month: invalid.
  if (d > 28 && new Date(t).getUTCDate() !== d) return undefined;
  return t / DAY_MS;
}

function digitAt(text: string, at: number): number {
  const c = text.charCodeAt(at) - ZERO;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}

/**
 * Value of a numeric field at `text[from..to)`: NaN for an empty field,
 * undefined for anything that is not a plain finite number (the general
 * parser then reports it or reads NA).
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
  const v = Number(text.slice(from, to));
  if (!Number.isFinite(v)) return undefined;
  // Number('') and Number(' ') are 0: only accept a field without spaces.
  const c = text.charCodeAt(from);
  return c === 32 || text.charCodeAt(to - 1) === 32 ? undefined : v;
}
