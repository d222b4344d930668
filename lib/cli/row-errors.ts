import { InputError } from '#lib/errors';
import { quoted } from '#lib/input-message';

/**
 * A row with more or fewer fields than the header: a decimal comma
 * (`a,2024-01-01,1,5`) read as y = 1 and a fourth field dropped, or a
 * row cut short read as a missing value.
 *
 * @param file - the CSV read
 * @param line - the row's line
 * @param fields - how many fields the header has
 * @param row - the row's fields
 * @param text - the line, quoted (its first 80 characters) as the value
 * @returns the error naming the file, line and both counts
 * @example
 * throw fieldCountError('in.csv', 7, 3, ['a', '2024-01-01', '1', '5'], text);
 */
export function fieldCountError(
  file: string,
  line: number,
  fields: number,
  row: readonly string[],
  text: string,
): InputError {
  const hint =
    row.length > fields ? ' (a decimal comma? write 1.5, or quote "1,5")' : '';
  return new InputError(
    file,
    `has ${row.length} fields where the header has ${fields}${hint}`,
    { line, value: text.slice(0, 80) },
  );
}

/**
 * A series whose rows come back at `line` after another series' row at
 * `brokenOff` ended them: both lines are named, since the row out of
 * place may be either (a stray row of another series, or this one's).
 *
 * @param file - the CSV read
 * @param line - the line where the series' rows come back
 * @param id - the series
 * @param brokenOff - the line of the other series' row that ended them
 * @returns the error naming the file, both lines and the series
 * @example
 * throw splitRowsError('in.csv', 9, 'a', 4);
 */
export function splitRowsError(
  file: string,
  line: number,
  id: string,
  brokenOff: number,
): InputError {
  return new InputError(
    file,
    `series '${quoted(id)}': its rows are not contiguous: another ` +
      `series' row on line ${brokenOff} broke them off, and they come ` +
      `back on line ${line} (sort the file by series_id)`,
    { line, field: 'series_id', value: id },
  );
}
