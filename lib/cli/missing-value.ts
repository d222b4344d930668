import { InputError } from '#lib/errors';
import { parseValue } from '#lib/forecast/long-series';
import { quoted } from '#lib/input-message';

/**
 * A missing value as other tools write one, compared in lower case:
 * SQL's `NULL`, Python's `None`, a spreadsheet's `N/A` or `#N/A`, R's
 * `<NA>`, a dash. The reader takes only the spellings `MISSING_WORDS`
 * names (`parseValue`); pandas' `read_csv` takes these too, but a file
 * that writes one is told, not read, as a `y` of any other text is.
 */
const OTHER_MISSING = new Set([
  'null',
  'none',
  'na',
  'n/a',
  '#n/a',
  'nan',
  'nil',
  '<na>',
  'missing',
  '-',
  '?',
]);

/** How the reader takes a missing `y` (`parseValue`'s spellings). */
export const MISSING_WORDS = 'an empty field, NA, NaN, nan or null';

/**
 * The value of a `y` field (`parseValue`), a missing value written as
 * another tool writes one (`NULL`, `None`, `N/A`, `NAN`) refused with
 * the spellings the reader takes, where it read "not a number" and no
 * more.
 *
 * @param y - the field, trimmed
 * @param file - the CSV read
 * @param where - the row's line and series
 * @returns the number, NaN for a missing value
 * @throws InputError naming the file, line, series, field y and value
 * @example
 * readValue('NULL', 'in.csv', { line: 2, series: 'a' });
 * // throws: in.csv, line 2: field 'y' series 'a': not a number: write a
 * // missing value as an empty field, NA, NaN, nan or null (these
 * // exactly) (got "NULL")
 */
export function readValue(
  y: string,
  file: string,
  where: { line: number; series: string },
): number {
  try {
    return parseValue(y, file, where);
  } catch (error) {
    if (!OTHER_MISSING.has(y.toLowerCase())) throw error;
    throw new InputError(
      file,
      `series '${quoted(where.series)}': not a number: write a missing ` +
        `value as ${MISSING_WORDS} (these exactly)`,
      { line: where.line, field: 'y', value: y },
    );
  }
}
