/**
 * `YY-MM-DD`, the short ISO form (Python's `%y-%m-%d`): two digits each,
 * read year first as well as year last.
 */
const SHORT_ISO = /^(\d{2})-(\d{2})-(\d{2})(?:[ T].*)?$/;

/**
 * The hint for a date of three two-digit parts joined by `-`, which may
 * be the short ISO form, year first (`24-01-01`, 1 January 2024), or a
 * day or month first (24 January 2001): each day it may be, the year
 * first named apart. `24-01-01` was told `write 2001-01-24` alone, and
 * a whole file of 2024 moved to 2001.
 *
 * @param text - the trimmed text that is not a `YYYY-MM-DD` date
 * @returns the hint, or undefined when the text is not of that form or
 *   is no day with the year first
 * @example
 * yearFirstHint('24-01-01');
 * // ', year first or last: write 2024-01-01 with the year first, 2001-01-24 with it last'
 */
export function yearFirstHint(text: string): string | undefined {
  const match = SHORT_ISO.exec(text);
  if (match === null) return undefined;
  const [, a, b, c] = match;
  const first = isoDay(a!, Number(b), Number(c));
  if (first === undefined) return undefined;
  const last = [
    ...new Set([
      isoDay(c!, Number(a), Number(b)),
      isoDay(c!, Number(b), Number(a)),
    ]),
  ].filter((day) => day !== undefined);
  return last.length === 0
    ? `: write ${first}`
    : `, year first or last: write ${first} with the year first, ` +
        `${last.join(' or ')} with it last`;
}

/**
 * `YYYY-MM-DD` of a real day (a two-digit year in the 2000s), or
 * undefined.
 *
 * @param year - the year as written, two or four digits
 * @param month - the month, 1 to 12
 * @param day - the day of the month
 * @returns the day, or undefined when the calendar lacks it
 * @example
 * isoDay('26', 12, 1); // '2026-12-01'
 */
export function isoDay(year: string, month: number, day: number) {
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  // Date.UTC reads years 0 to 99 as 1900 to 1999.
  if (y < 1000) return undefined;
  const time = Date.UTC(y, month - 1, day);
  const date = new Date(time);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}
