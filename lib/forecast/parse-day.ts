import { DAY_MS, isIsoDay, toDay } from '#lib/domain/dates';
import { dayHint } from '#lib/domain/day-hint';
import { InputError } from '#lib/errors';
import { quoted } from '#lib/input-message';

/**
 * The days a long CSV's `ds` may hold, as day numbers: from year 100
 * (Date.UTC reads years 0–99 as 1900–1999) to 9999-12-31, the last day a
 * `YYYY-MM-DD` column holds (past it `toISOString` writes `+010000-…`).
 */
export const CSV_DAYS = {
  first: Date.UTC(100, 0, 1) / DAY_MS,
  last: Date.UTC(9999, 11, 31) / DAY_MS,
} as const;

/**
 * Day number of a `YYYY-MM-DD` field.
 *
 * @param ds - the field
 * @param file - file name for messages
 * @param where - line and series for messages
 * @returns days since 1970-01-01
 * @throws InputError naming file, line, series, field and value
 * @example
 * parseDay('2024-01-01', 'in.csv', { line: 2, series: 'a' }); // 19723
 */
export function parseDay(
  ds: string,
  file: string,
  where: { line: number; series: string },
): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00)?Z?)?$/.exec(ds);
  const t = m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) : Number.NaN;
  const back = Number.isFinite(t) ? new Date(t).toISOString() : '';
  const bad = (problem: string) =>
    new InputError(file, `series '${quoted(where.series)}': ${problem}`, {
      line: where.line,
      field: 'ds',
      value: ds,
    });
  if (m && +m[1]! < 100) {
    throw bad(
      `out of range: dates run from ${isoDay(CSV_DAYS.first)} to ` +
        isoDay(CSV_DAYS.last),
    );
  }
  if (!m || back.slice(0, 10) !== ds.slice(0, 10)) {
    // A spreadsheet's date, or a day the calendar lacks, as elsewhere.
    const hint = timeHint(ds) || dayHint(ds.trim());
    throw bad(`not a date YYYY-MM-DD${hint}`);
  }
  return Math.round(t / DAY_MS);
}

/** Midnight after a day, with seconds, a fraction or a zone. */
const MIDNIGHT = /^[T ]00:00(:00(\.0+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;

/**
 * Why a date with a time is refused: a time other than midnight (hourly
 * rows, `2024-01-01 01:00:00`, read as "not a date" and nothing more)
 * because the engine forecasts one value a day; a midnight written with
 * a zone or a fraction (`2024-01-01 00:00:00+00:00`, as pandas writes a
 * zone-aware daily index) because only the day is read, which it names.
 * Nothing of a day that does not exist (`2024-02-30 00:00:00` was said
 * to have a time of day).
 */
function timeHint(ds: string): string {
  const day = ds.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(ds)) return '';
  if (!isIsoDay(day)) return '';
  return MIDNIGHT.test(ds.slice(10))
    ? `: write the day alone, ${day}`
    : ': it has a time of day, and the engine forecasts daily series, one ' +
        "row a day (sum or take the peak of each day's rows first)";
}

/**
 * ISO date `YYYY-MM-DD` of a day number.
 *
 * @param day - days since 1970-01-01
 * @returns the date
 * @example
 * isoDay(19723); // '2024-01-01'
 */
export function isoDay(day: number): string {
  return toDay(new Date(day * DAY_MS));
}
