import { parse } from 'csv-parse/sync';
import { checkHeaderNames, fieldCountError } from '#lib/csv-header';
import { InputError } from '#lib/errors';
import { UNSEEN_CHARACTER, unseenCharacterName } from './unseen-characters.ts';

/** One CSV record with the line it ends on (the header is line 1). */
export interface CsvRow {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/**
 * Parses a CSV with a required header, checking that the required columns
 * are present. Extra columns are kept (callers ignore them), unless one
 * names a `known` column in another case or spacing (`checkHeaderNames`).
 * Blank lines and rows of empty fields only are skipped.
 *
 * @param text - the file's content
 * @param file - the file's name, for error messages
 * @param required - columns that must be in the header
 * @param known - every column the caller reads (the required ones too)
 * @returns the records with their line numbers
 * @throws InputError for a missing column or malformed CSV
 * @example
 * readCsvRows('a,b\n1,2\n', 'x.csv', ['a']); // [{ line: 2, values: {a:'1',b:'2'} }]
 */
export function readCsvRows(
  text: string,
  file: string,
  required: readonly string[],
  known: readonly string[] = required,
): CsvRow[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim()),
      info: true,
      skip_empty_lines: true,
      // A spreadsheet writes a row whose cells were cleared (not deleted)
      // as `,,,`: as blank as a blank line, it was a link with no id.
      skip_records_with_empty_values: true,
      trim: true,
    });
  } catch (error) {
    throw csvError(text, file, error as CsvParseError);
  }
  checkHeader(text, file, required, known);
  rejectUnseenCharacters(text, file);
  return records.map(({ record, info }) => ({
    line: info.lines,
    values: record,
  }));
}

/**
 * Control characters and characters unseen or seen as a plain space are
 * rejected (`unseen-characters.ts`). The untrimmed
 * values are checked, so a tab after a name is caught too; a file whose
 * quoting needs trimming to parse is checked after trimming.
 */
function rejectUnseenCharacters(text: string, file: string) {
  type Raw = { record: string[]; info: { lines: number } }[];
  const options = { bom: true, info: true, skip_empty_lines: true } as const;
  let records: Raw;
  try {
    records = parse(text, options) as unknown as Raw;
  } catch {
    records = parse(text, { ...options, trim: true }) as unknown as Raw;
  }
  const header = records[0]?.record ?? [];
  for (const { record, info } of records) {
    const at = record.findIndex((value) => UNSEEN_CHARACTER.test(value));
    if (at < 0) continue;
    const character = UNSEEN_CHARACTER.exec(record[at]!)![0];
    throw new InputError(
      file,
      `must not contain ${unseenCharacterName(character)}`,
      { line: info.lines, field: header[at]?.trim(), value: record[at] },
    );
  }
}

/** What csv-parse's errors carry besides the message. */
interface CsvParseError extends Error {
  readonly code?: string;
  /** The line the parser had reached: for a quote never closed, the last. */
  readonly lines?: number;
  /** The column the parser was in, by name once the header is read. */
  readonly column?: string | number | null;
  /** For a row of the wrong length: its fields, and the header's. */
  readonly record?: readonly string[];
  readonly columns?: readonly unknown[];
}

/** Why a row has a field too many: `Acme, Inc.` or `10,000` unquoted. */
const TOO_MANY =
  'a comma in a value? quote the field, "Acme, Inc.", and write numbers ' +
  'without separators';

function csvError(text: string, file: string, error: CsvParseError) {
  if (error.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' && error.record) {
    const line = error.lines ?? 0;
    const fields = error.columns?.length ?? 0;
    const shown = text.split(/\r\n|\r|\n/)[line - 1] ?? '';
    return fieldCountError(file, line, fields, error.record, shown, TOO_MANY);
  }
  const quote =
    error.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuote(text) : undefined;
  if (quote === undefined) {
    return new InputError(file, `is not valid CSV: ${error.message}`, {
      line: error.lines,
    });
  }
  const field = typeof error.column === 'string' ? error.column : undefined;
  return new InputError(file, 'is not valid CSV: this quote is never closed', {
    ...quote,
    field,
  });
}

/**
 * The line and text of the quote that is never closed. csv-parse names the
 * file's last line, where it gave up, which can be far from the mistake.
 * Everything before the quote parsed, so the quotes before it pair up (a
 * doubled quote inside a field closes and opens again) and the last quote
 * that opens is the one left open.
 *
 * @param text - CSV text that csv-parse found a quote in never closed
 * @returns the quote's line (1 for the first) and the text from it on
 * @example
 * unclosedQuote('a,b\n1,"2\n'); // { line: 2, value: '"2' }
 */
export function unclosedQuote(text: string) {
  let open = -1;
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) {
    open = open < 0 ? at : -1;
  }
  if (open < 0) return undefined;
  const line = text.slice(0, open).split(/\r\n|\r|\n/).length;
  const rest = text.slice(open).split(/\r|\n/)[0]!;
  return { line, value: rest.slice(0, 80) };
}

function checkHeader(
  text: string,
  file: string,
  required: readonly string[],
  known: readonly string[],
) {
  const header = parse(text, { bom: true, to_line: 1, trim: true })[0] as
    | string[]
    | undefined;
  checkHeaderNames(file, header ?? [], required, known);
}
