import { COMMA_IN_VALUE_HINT, fieldCountError } from '#lib/csv-header';
import { InputError } from '#lib/errors';

/** What csv-parse's errors carry besides the message. */
export interface CsvParseError extends Error {
  readonly code?: string;
  /** The line the parser had reached: for a quote never closed, the last. */
  readonly lines?: number;
  /** The column the parser was in, by name once the header is read. */
  readonly column?: string | number | null;
  /** For a row of the wrong length: its fields, and the header's. */
  readonly record?: readonly string[];
  readonly columns?: readonly unknown[];
  /** For a quote inside a field: the field's text up to the quote. */
  readonly field?: string;
}

/**
 * What went wrong, in Headroom's words, for csv-parse's codes of a quote
 * misplaced on one line (its own words name no value, or a value cut at
 * the quote: "Invalid Opening Quote: … value is \"Thames \"").
 *
 * @example
 * QUOTING.INVALID_OPENING_QUOTE; // 'a quote inside a field that does …'
 */
export const QUOTING: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED:
    'this quote is never closed on its line (a field cannot hold a line break)',
  INVALID_OPENING_QUOTE:
    'a quote inside a field that does not start with one ' +
    '(quote the whole field and double the quotes in it)',
  CSV_INVALID_CLOSING_QUOTE: 'text follows the closing quote of a field',
  // The same, as csv-parse words it when it trims fields (the inventory).
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    'text follows the closing quote of a field',
};

/** A spreadsheet's text formula, `="100000000000"`, exported as it is. */
const FORMULA = '="…" is a spreadsheet formula: write the value alone';

/**
 * A csv-parse error as an `InputError` naming the file, the line and the
 * value: a row of the wrong length with both counts, a quote never
 * closed at the quote, a quote inside a field or text after a closing
 * quote with the field and the line's text, anything else with
 * csv-parse's own words.
 *
 * @param text - the CSV text
 * @param file - the file, for the message
 * @param error - what csv-parse threw
 * @returns the error to throw
 * @example
 * throw csvError(text, 'links.csv', error as CsvParseError);
 */
export function csvError(text: string, file: string, error: CsvParseError) {
  if (error.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' && error.record) {
    const line = error.lines ?? 0;
    const fields = error.columns?.length ?? 0;
    const shown = text.split(/\r\n|\r|\n/)[line - 1] ?? '';
    return fieldCountError(
      file,
      line,
      fields,
      error.record,
      shown,
      COMMA_IN_VALUE_HINT,
    );
  }
  const field = typeof error.column === 'string' ? error.column : undefined;
  if (error.code !== 'CSV_QUOTE_NOT_CLOSED' && error.code !== undefined) {
    const problem = QUOTING[error.code];
    if (problem !== undefined) {
      return misplacedQuote(text, file, error, problem, field);
    }
  }
  const quote =
    error.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuote(text) : undefined;
  if (quote === undefined) {
    return new InputError(file, `is not valid CSV: ${error.message}`, {
      line: error.lines,
    });
  }
  return new InputError(file, 'is not valid CSV: this quote is never closed', {
    ...quote,
    field,
  });
}

/**
 * A quote inside a field (`Thames "Big" Fibre`, a spreadsheet's
 * `="100"`) or text after a field's closing quote (`"Thames" Fibre`):
 * csv-parse's words named no value, or the field cut at the quote. The
 * line is csv-parse's (the quote is on the line it reached); the field is
 * the header's name for it, none on the header itself.
 */
function misplacedQuote(
  text: string,
  file: string,
  error: CsvParseError,
  problem: string,
  field: string | undefined,
) {
  const line = error.lines ?? 0;
  const shown = text.split(/\r\n|\r|\n/)[line - 1] ?? '';
  const formula = error.field?.trimStart() === '=';
  return new InputError(
    file,
    `is not valid CSV: ${formula ? FORMULA : problem}`,
    {
      line,
      ...(field === undefined ? {} : { field }),
      value: shown,
    },
  );
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
