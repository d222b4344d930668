import { parse } from 'csv-parse/sync';
import { InputError } from '#lib/errors';

/**
 * Refuses a value in a column the header leaves unnamed (a header cell
 * cleared, `…,lead_time_days,` above rows ending `…,90,alice`): columns
 * are read by name, so its values were ignored without a word, an owner
 * typed there leaving every alert to the default owner. A column that
 * is empty on every row (a line ending in commas, as spreadsheets write
 * trailing cells) is left alone, as `checkHeaderNames` leaves its name.
 * The file is read again, as rows of fields, only when the header has
 * such a column.
 *
 * @param text - the file's content, parsed once already (valid CSV)
 * @param file - the file's name, for the message
 * @param header - the header's names, trimmed
 * @throws InputError naming the file, the first line with such a value,
 *   the column's place and the value
 * @example
 * rejectUnnamedValues('a,\n1,x\n', 'links.csv', ['a', '']);
 * // throws: links.csv, line 2: column 2 holds a value, but the header …
 */
export function rejectUnnamedValues(
  text: string,
  file: string,
  header: readonly string[],
): void {
  const unnamed = header.flatMap((name, i) => (name === '' ? [i] : []));
  if (unnamed.length === 0) return;
  const rows = parse(text, {
    bom: true,
    from_line: 2,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  for (const { record, info } of rows) {
    const at = unnamed.find((i) => (record[i] ?? '') !== '');
    if (at === undefined) continue;
    const problem =
      `column ${at + 1} holds a value, but the header (line 1) gives it ` +
      'no name, so its values would be ignored: name the column in the ' +
      'header, or clear its values';
    throw new InputError(file, problem, {
      line: info.lines,
      value: record[at],
    });
  }
}
