/**
 * Dates as a spreadsheet writes them into a CSV, for the message that
 * refuses them: the `YYYY-MM-DD` day to write instead. They are never
 * read: `12/01/2026` is 1 December with the month first (US settings)
 * and 12 January with the day first (most others), and a file does not
 * say which (docs/architecture.md "Data contracts").
 */

import { isoDay, yearFirstHint } from './year-first-hint.ts';

const MONTH_NAMES = (
  'January February March April May June ' +
  'July August September October November December'
).split(' ');

/** A time of day after a date: Excel's `2026-12-01 00:00:00`, `0:00`. */
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?`;
const YEAR_FIRST = new RegExp(
  String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`,
);
const DOTTED = new RegExp(
  String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})${TIME}$`,
);
const SLASHED = new RegExp(
  String.raw`^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})${TIME}$`,
);
const DAY_NAMED = /^(\d{1,2})[- ]([a-z]{3,9})\.?[- ,]+(\d{4}|\d{2})$/i;
const NAMED_DAY = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$/i;
/** ISO 8601's basic format, as `date +%Y%m%d` and many folders write it. */
const BASIC = /^(\d{4})(\d{2})(\d{2})$/;
/** Excel's and Google Sheets' day number: days since 1899-12-30. */
const SERIAL = /^\d{5}$/;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * The hint after "must be a date YYYY-MM-DD" for a date a spreadsheet
 * wrote: the day to write (`01.12.2026`, `2026/12/01`, `2026-12-1`,
 * `2026-12-01 00:00:00`, `20261201`, `1-Dec-26`, a day number `46357`), or both
 * days when the order of day and month is not known (`12/01/2026`).
 *
 * A date written `YYYY-MM-DD` that the calendar lacks (`2026-02-30`,
 * `2026-13-01`) is told what the month holds: "must be a date
 * YYYY-MM-DD" alone sent a reader looking at the form, which was right.
 *
 * @param text - the trimmed text that is not a `YYYY-MM-DD` date
 * @returns the hint, starting with its punctuation, or '' for none
 * @example
 * dayHint('01.12.2026'); // ': write 2026-12-01'
 * dayHint('2026-02-30'); // ': February 2026 has days 01 to 28'
 * dayHint('12/01/2026');
 * // ', month first or day first: write 2026-12-01 for 1 December …'
 */
export function dayHint(text: string): string {
  const calendar = notInCalendar(text);
  if (calendar !== undefined) return calendar;
  const serial = SERIAL.test(text) ? serialDay(Number(text)) : undefined;
  if (serial !== undefined) {
    return `: ${text} is a spreadsheet's day number, ${serial} (days since 1899-12-30); write ${serial}`;
  }
  const slashed = SLASHED.exec(text);
  if (slashed !== null) return yearFirstHint(text) ?? slashedHint(slashed);
  const day = otherDay(text);
  return day === undefined ? '' : `: write ${day}`;
}

/** What the calendar holds for a `YYYY-MM-DD` text it lacks. */
function notInCalendar(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const [, year, month] = match;
  const m = Number(month);
  if (m < 1 || m > 12) return `: there is no month ${month} (01 to 12)`;
  // Day 0 of the next month is this month's last; setUTCFullYear, as
  // Date.UTC reads years 0 to 99 as 1900 to 1999.
  const last = new Date(0);
  last.setUTCFullYear(Number(year), m, 0);
  return `: ${MONTH_NAMES[m - 1]} ${year} has days 01 to ${last.getUTCDate()}`;
}

/** The day of a date written year first, day first with dots, or named. */
function otherDay(text: string): string | undefined {
  const yearFirst = YEAR_FIRST.exec(text) ?? BASIC.exec(text);
  if (yearFirst !== null) {
    const [, y, m, d] = yearFirst;
    return isoDay(y!, Number(m), Number(d));
  }
  const dotted = DOTTED.exec(text);
  if (dotted !== null) {
    const [, d, m, y] = dotted;
    return isoDay(y!, Number(m), Number(d));
  }
  const dayNamed = DAY_NAMED.exec(text);
  const namedDay = NAMED_DAY.exec(text);
  const [d, name, y] = dayNamed
    ? [dayNamed[1], dayNamed[2], dayNamed[3]]
    : namedDay
      ? [namedDay[2], namedDay[1], namedDay[3]]
      : [];
  const month =
    (name?.length ?? 0) < 3
      ? 0
      : MONTH_NAMES.findIndex((full) =>
          full.toLowerCase().startsWith(name!.toLowerCase()),
        ) + 1;
  return month > 0 ? isoDay(y!, month, Number(d)) : undefined;
}

/** `A/B/YEAR`: one day when only one order makes a date, else both. */
function slashedHint([, a, b, y]: RegExpExecArray): string {
  const monthFirst = isoDay(y!, Number(a), Number(b));
  const dayFirst = isoDay(y!, Number(b), Number(a));
  if (monthFirst === dayFirst || dayFirst === undefined) {
    return monthFirst === undefined ? '' : `: write ${monthFirst}`;
  }
  if (monthFirst === undefined) return `: write ${dayFirst}`;
  const named = (day: string) =>
    `${Number(day.slice(8))} ${MONTH_NAMES[Number(day.slice(5, 7)) - 1]}`;
  return (
    `, month first or day first: write ${monthFirst} for ` +
    `${named(monthFirst)}, ${dayFirst} for ${named(dayFirst)}`
  );
}

/** The day a spreadsheet's day number stands for, from 1970 on. */
function serialDay(serial: number) {
  const day = new Date(SERIAL_EPOCH + serial * 86_400_000);
  return day.getUTCFullYear() >= 1970
    ? day.toISOString().slice(0, 10)
    : undefined;
}
