import { readDecimal } from '#lib/domain/decimal';
import { InputError } from '#lib/errors';
import { quoted } from '#lib/input-message';

/**
 * Refuses a row whose `ds` is a number and whose `y` is a date: the
 * header names the columns the other way round (`series_id,y,ds` above
 * rows of id, day, value), which stopped with "not a date YYYY-MM-DD"
 * and no more.
 *
 * @param file - the CSV read
 * @param where - the row's line and series
 * @param ds - the row's `ds`, trimmed
 * @param y - the row's `y`, trimmed
 * @throws InputError naming the file, line, field ds and its value
 * @example
 * refuseSwappedColumns('in.csv', { line: 2, series: 'a' }, '5', '2024-01-01');
 */
export function refuseSwappedColumns(
  file: string,
  where: { line: number; series: string },
  ds: string,
  y: string,
): void {
  if (!readDecimal(ds).ok || !/^\d{4}-\d{2}-\d{2}$/.test(y)) return;
  throw new InputError(
    file,
    `series '${quoted(where.series)}': is a number, and y a date ` +
      `(${y}): are ds and y swapped? name the day's column ds and the ` +
      "value's y in the header (line 1)",
    { line: where.line, field: 'ds', value: ds },
  );
}
