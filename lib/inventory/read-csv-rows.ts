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
  return records.map(({ record, info }) => ({
    line: info.lines,
    values: record,
  }));
}

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
