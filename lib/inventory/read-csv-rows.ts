import { parse } from 'csv-parse/sync';
import { checkHeaderNames } from '#lib/csv-header';
import { InputError } from '#lib/errors';
import { missingHint } from '#lib/missing-column-hint';
import { type CsvParseError, csvError } from './csv-parse-error.ts';
import { rejectHeaderBelow } from './header-below.ts';
import { rejectMixedLineEnds } from './mixed-line-ends.ts';
import { rejectUnseenCharacters } from './reject-unseen-characters.ts';
import { rejectErrorValues } from './spreadsheet-errors.ts';
import { rejectUnnamedValues } from './unnamed-columns.ts';

/** One CSV record with the line it ends on (the header is line 1). */
export interface CsvRow {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/**
 * Parses a CSV with a required header, checking that the required columns
 * are present. Extra columns are kept (callers ignore them), unless one
 * names a `known` column in another case or spacing, or reads as a
 * misspelling of one and is not among the `extra` ones
 * (`checkHeaderNames`).
 * Lines must end alike (`rejectMixedLineEnds`). Blank lines and rows of
 * empty fields only are skipped; a value in a column the header leaves
 * unnamed (`rejectUnnamedValues`), a row repeating
 * the header, or a `known` column holding a spreadsheet's error value
 * (`#N/A`), is refused.
 *
 * @param text - the file's content
 * @param file - the file's name, for error messages
 * @param required - columns that must be in the header
 * @param known - every column the caller reads (the required ones too)
 * @param extra - columns of the user's own to ignore, however near a
 *   known one (the configuration's `inventory.extraColumns`)
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
  extra: readonly string[] = [],
): CsvRow[] {
  rejectMixedLineEnds(text, file);
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
    // A file separated by ';' with a decimal comma in a row was a row of
    // too many fields, "a comma in a value?", and with a field quoted for
    // its ';' a quote in a field: its header says why first. Not for a
    // quote never closed, which would make the header look empty.
    const { code } = error as CsvParseError;
    if (code !== 'CSV_QUOTE_NOT_CLOSED') {
      checkHeader(text, file, required, known, extra);
    }
    throw csvError(text, file, error as CsvParseError);
  }
  const header = checkHeader(text, file, required, known, extra);
  rejectUnseenCharacters(text, file);
  // After: a value holds no line break, so its row ends on its line.
  rejectUnnamedValues(text, file, header);
  const rows = records.map((r) => ({ line: r.info.lines, values: r.record }));
  rejectRepeatedHeader(rows, file);
  rejectErrorValues(rows, file, known);
  return rows;
}

/**
 * A row that repeats the header (a file pasted below another with its
 * header): it was read as a link or augment, and refused for its
 * `asn`, `link_type` or unknown group, saying nothing of the header.
 */
function rejectRepeatedHeader(rows: readonly CsvRow[], file: string) {
  const repeat = rows.find(({ values }) => {
    const names = Object.keys(values).filter(Boolean);
    return names.length > 0 && names.every((name) => values[name] === name);
  });
  if (repeat === undefined) return;
  const problem =
    'repeats the header (line 1): the rows of another file pasted in ' +
    'with their header? delete this line';
  const value = Object.values(repeat.values).join(',');
  throw new InputError(file, problem, { line: repeat.line, value });
}

function checkHeader(
  text: string,
  file: string,
  required: readonly string[],
  known: readonly string[],
  extra: readonly string[],
): string[] {
  // As headroom forecast's reader says it (lib/cli/read-series.ts).
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new InputError(
      file,
      `empty file: expected a header ${required.join(',')}`,
    );
  }
  let header: string[] | undefined;
  try {
    header = parse(text, { bom: true, to_line: 1, trim: true })[0];
  } catch {
    return []; // Not CSV on line 1: the rows' parse error says where.
  }
  const names = header ?? [];
  const missing = required.filter((column) => !names.includes(column));
  // A title above the header, unless line 1 says why (`sep=;`, `;`).
  if (missing.length > 0 && missingHint(names, missing) === '') {
    rejectHeaderBelow(text, file, required);
  }
  checkHeaderNames(file, names, required, known, extra);
  return names;
}
