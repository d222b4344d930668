/**
 * Numbers in input text (links.csv, augments.csv, `headroom forecast`'s
 * CSV) are read in plain decimal notation only. `Number()` also reads
 * `0x10` as 16, `0b1`, `0o7`, `Infinity`, and `''` or `' '` as 0: a cell
 * a spreadsheet or a script wrote in another notation would be misread
 * without a word.
 */

/** Why a text is not a usable number. */
export type DecimalProblem = 'not-decimal' | 'too-large' | 'too-small';

/** A number read from text, or why it could not be. */
export type Decimal =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: DecimalProblem };

/** Words for each problem, after "is"/"must be" in a message. */
export const DECIMAL_PROBLEMS: Readonly<Record<DecimalProblem, string>> = {
  'not-decimal':
    'not a number in decimal notation (digits, an optional sign, point ' +
    'and exponent: 1200, -0.5, 1.2e9)',
  'too-large':
    'out of range: beyond the largest number a double holds (about 1.8e308)',
  'too-small':
    'out of range: too close to 0 for a double (below about 5e-324), ' +
    'it would read as 0',
};

const ZERO = 48;
const NINE = 57;
const DOT = 46;
const PLUS = 43;
const MINUS = 45;

/**
 * Whether `text[from..to)` is a number in plain decimal notation:
 * `[+-]digits[.digits][(e|E)[+-]digits]`, with digits on at least one
 * side of the point. No spaces (callers trim fields first), no `0x`,
 * `0b`, `0o`, `_`, `Infinity` or `NaN`.
 *
 * Readable form: `/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/`; scanned
 * by hand so that the forecast CSV's fast path takes no string per field.
 *
 * @param text - the text
 * @param from - first character (default 0)
 * @param to - end (default the text's length)
 * @returns 0 when not decimal, 1 when decimal with only zero digits
 *   before any exponent, 2 when decimal with a non-zero digit there
 * @example
 * decimalKind('1.5e3'); // 2
 * decimalKind('0x10'); // 0
 */
export function decimalKind(text: string, from = 0, to = text.length) {
  let k = from;
  const sign = text.charCodeAt(k);
  if (sign === PLUS || sign === MINUS) k += 1;
  let digits = 0;
  let nonZero = false;
  for (; k < to; k += 1) {
    const c = text.charCodeAt(k);
    if (c === DOT) break;
    if (c < ZERO || c > NINE) break;
    digits += 1;
    if (c !== ZERO) nonZero = true;
  }
  if (k < to && text.charCodeAt(k) === DOT) {
    for (k += 1; k < to; k += 1) {
      const c = text.charCodeAt(k);
      if (c < ZERO || c > NINE) break;
      digits += 1;
      if (c !== ZERO) nonZero = true;
    }
  }
  if (digits === 0) return 0;
  if (k < to && (text.charCodeAt(k) | 32) === 101) {
    k += 1;
    const s = text.charCodeAt(k);
    if (s === PLUS || s === MINUS) k += 1;
    const start = k;
    while (k < to && text.charCodeAt(k) >= ZERO && text.charCodeAt(k) <= NINE)
      k += 1;
    if (k === start) return 0;
  }
  if (k !== to) return 0;
  return nonZero ? 2 : 1;
}

/**
 * Read a number written in plain decimal notation ({@link decimalKind}),
 * within the range of a double: `1e400` (Infinity) and `1e-400` (0 for
 * a non-zero number) are out of range, not a number or zero. `-0` reads
 * as 0.
 *
 * @param text - the trimmed field
 * @returns the value, or the problem
 * @example
 * readDecimal('1.2e9'); // { ok: true, value: 1200000000 }
 * readDecimal('0x10'); // { ok: false, problem: 'not-decimal' }
 */
export function readDecimal(text: string): Decimal {
  const kind = decimalKind(text);
  if (kind === 0) return { ok: false, problem: 'not-decimal' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, problem: 'too-large' };
  if (value === 0) {
    return kind === 2
      ? { ok: false, problem: 'too-small' }
      : { ok: true, value: 0 };
  }
  return { ok: true, value };
}
