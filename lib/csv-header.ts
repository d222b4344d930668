import { InputError } from './errors.ts';
import { missingHint } from './missing-column-hint.ts';
import { refuseUnreadColumns } from './unread-column.ts';
import { refuseUnseenColumns } from './unseen-column.ts';

/**
 * Checks a CSV file's header (line 1): every column named once, since
 * csv-parse keeps the last of two columns of one name (a second `isp`
 * column replaced every link's ISP without a word) and the forecast
 * reader the first, and every required column present (checked first: a
 * file with CR-only line ends, read as one line, names many columns
 * twice), after every name of a column it reads is checked for a
 * character one would not see (`refuseUnseenColumns`: a zero-width
 * space, a soft hyphen), which made a name that looks right read as
 * missing. Empty names (a line ending in commas) are left alone. Other
 * columns are ignored, but not one that names a column the reader reads
 * in another case or spacing (`Owner`, `Lead time days`), or misspelt
 * near one the header lacks (`critcal`, `owners`, `lead_time`): its
 * values were ignored without a word, every alert going to the default
 * owner. A column among `extra` (the user's own, declared so) is
 * ignored, however near.
 *
 * @param file - the file, for the message
 * @param names - the header's names, trimmed
 * @param required - the columns the reader needs
 * @param known - every column the reader reads (the required ones too)
 * @param extra - columns to ignore, compared loosely (`looseName`)
 * @throws InputError naming the file, line 1, the column and the header
 * @example
 * checkHeaderNames('links.csv', ['link_id', 'isp', 'isp'], ['link_id']);
 * // throws: line 1: field 'isp' the header names this column twice
 */
export function checkHeaderNames(
  file: string,
  names: readonly string[],
  required: readonly string[],
  known: readonly string[] = required,
  extra: readonly string[] = [],
): void {
  const at = { line: 1, value: names.join(',') };
  // Before the names are compared (`refuseUnseenColumns`).
  refuseUnseenColumns(file, names, known);
  const missing = required.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    const hint = missingHint(names, missing);
    // The field is the first column lacking: 'missing column(s) x' after
    // "field 'x'" named it twice.
    const others = missing.slice(1);
    const are = others.length === 1 ? 'is' : 'are';
    const also = others.length > 0 ? `, as ${are} ${others.join(', ')}` : '';
    const problem = `is a required column the header lacks${also}${hint}`;
    throw new InputError(file, problem, { ...at, field: missing[0] });
  }
  const twice = names.find((name, i) => name && names.indexOf(name) !== i);
  if (twice !== undefined) {
    throw new InputError(file, 'the header names this column twice', {
      ...at,
      field: twice,
    });
  }
  refuseUnreadColumns(file, names, known, extra);
}

/** Why an inventory row has a field too many: `Acme, Inc.` unquoted. */
export const COMMA_IN_VALUE_HINT =
  'a comma in a value? quote the field, "Acme, Inc.", and write numbers ' +
  'without separators';

/** Why a forecast row has a field too many: `a,2024-01-01,1,5`. */
export const DECIMAL_COMMA_HINT = 'a decimal comma? write 1.5, or quote "1,5"';

/**
 * A row with more or fewer fields than the header: a comma in a value
 * (`a,2024-01-01,1,5`, a decimal comma, read as y = 1 and a fourth field
 * dropped) or a row cut short read as a missing value. csv-parse worded
 * it as "Invalid Record Length: columns length is 11, got 12", with no
 * value.
 *
 * @param file - the CSV read
 * @param line - the row's line
 * @param fields - how many fields the header has
 * @param row - the row's fields
 * @param text - the line, quoted as the value (its first 200 characters)
 * @param tooMany - the likely cause of a field too many
 * @returns the error naming the file, line and both counts
 * @example
 * throw fieldCountError('in.csv', 7, 3, ['a', '2024-01-01', '1', '5'],
 *   text, DECIMAL_COMMA_HINT);
 */
export function fieldCountError(
  file: string,
  line: number,
  fields: number,
  row: readonly unknown[],
  text: string,
  tooMany: string,
): InputError {
  const hint = row.length > fields ? ` (${tooMany})` : '';
  const counted = `${row.length} field${row.length === 1 ? '' : 's'}`;
  return new InputError(
    file,
    `has ${counted} where the header has ${fields}${hint}`,
    { line, value: text },
  );
}
