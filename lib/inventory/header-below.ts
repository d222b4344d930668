import { parse } from 'csv-parse/sync';
import { InputError } from '#lib/errors';

/** How far down a header is looked for: a title and a blank line or two. */
const LINES_LOOKED_AT = 10;

/**
 * Refuses a CSV whose header is below line 1, where line 1 lacks the
 * required columns: a report's title (`Link inventory,,,`), a date or a
 * blank row above the header, as exports from BI tools and hand-kept
 * spreadsheets write them. It said the header lacked every column,
 * quoting the title as the header.
 *
 * @param text - the file's content
 * @param file - the file's name, for the message
 * @param required - the columns the header must have
 * @throws InputError naming the file, line 1, the line of the header and
 *   line 1's text, when one of the first lines holds every required
 *   column
 * @example
 * rejectHeaderBelow('Links,\nlink_id,isp\n', 'links.csv', ['link_id']);
 * // throws: links.csv, line 1: is not the header, which is line 2: …
 */
export function rejectHeaderBelow(
  text: string,
  file: string,
  required: readonly string[],
): void {
  type Row = { record: string[]; info: { lines: number } };
  let rows: Row[];
  try {
    rows = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      to_line: LINES_LOOKED_AT,
      trim: true,
    }) as unknown as Row[];
  } catch {
    return; // Not CSV in its first lines: the rows' parse error says where.
  }
  const header = rows.find(
    ({ record, info }) =>
      info.lines > 1 && required.every((column) => record.includes(column)),
  );
  if (header === undefined) return;
  const line = header.info.lines;
  throw new InputError(
    file,
    `is not the header, which is line ${line}: delete the ` +
      `line${line === 2 ? '' : 's'} above it (a title?), so that the ` +
      'header is line 1',
    { line: 1, value: rows[0]!.record.join(',') },
  );
}
