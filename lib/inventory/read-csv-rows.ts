import { parse } from 'csv-parse/sync';
import { InputError } from '#lib/errors';

/** One CSV record with the line it ends on (the header is line 1). */
export interface CsvRow {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/**
 * Parses a CSV with a required header, checking that the required columns
 * are present. Extra columns are kept (callers ignore them).
 *
 * @param text - the file's content
 * @param file - the file's name, for error messages
 * @param required - columns that must be in the header
 * @returns the records with their line numbers
 * @throws InputError for a missing column or malformed CSV
 * @example
 * readCsvRows('a,b\n1,2\n', 'x.csv', ['a']); // [{ line: 2, values: {a:'1',b:'2'} }]
 */
export function readCsvRows(
  text: string,
  file: string,
  required: readonly string[],
): CsvRow[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim()),
      info: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new InputError(
      file,
      `is not valid CSV: ${(error as Error).message}`,
      {
        line,
      },
    );
  }
  checkHeader(text, file, required);
  rejectControlCharacters(text, file);
  return records.map(({ record, info }) => ({
    line: info.lines,
    values: record,
  }));
}

/**
 * Tabs, line breaks inside a field and other control characters are
 * rejected: they split headers in emails and keys in SQL. The untrimmed
 * values are checked, so a tab after a name is caught too; a file whose
 * quoting needs trimming to parse is checked after trimming.
 */
function rejectControlCharacters(text: string, file: string) {
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
    const at = record.findIndex((value) => CONTROL.test(value));
    if (at < 0) continue;
    throw new InputError(
      file,
      'must not contain control characters (tab, line break, …)',
      { line: info.lines, field: header[at]?.trim(), value: record[at] },
    );
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function checkHeader(text: string, file: string, required: readonly string[]) {
  const header = parse(text, { bom: true, to_line: 1, trim: true })[0] as
    | string[]
    | undefined;
  const missing = required.filter((column) => !header?.includes(column));
  if (missing.length > 0) {
    throw new InputError(file, `missing column(s) ${missing.join(', ')}`, {
      line: 1,
      field: missing[0],
      value: header?.join(','),
    });
  }
}
