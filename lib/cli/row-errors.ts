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
