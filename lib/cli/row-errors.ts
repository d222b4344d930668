import { InputError } from '#lib/errors';
import { quoted } from '#lib/input-message';

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

/**
 * Refuses a row that repeats the header: two CSV files joined (`cat
 * a.csv b.csv`) hold the second's header as a row, which stopped with
 * "series 'series_id': not a date YYYY-MM-DD (got "ds")".
 *
 * @param file - the CSV read
 * @param line - the row's line
 * @param row - the row's fields
 * @param header - the header's names, trimmed
 * @throws InputError naming the file and line, and the row
 * @example
 * refuseRepeatedHeader('in.csv', 40, ['series_id', 'ds', 'y'], header);
 */
export function refuseRepeatedHeader(
  file: string,
  line: number,
  row: readonly string[],
  header: readonly string[],
): void {
  if (row.some((field, i) => field.trim() !== header[i])) return;
  throw new InputError(
    file,
    'repeats the header (two files joined?): remove this line',
    { line, value: row.join(',') },
  );
}
