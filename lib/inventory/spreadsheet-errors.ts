import { InputError } from '#lib/errors';

/**
 * A spreadsheet's error values, which Excel, LibreOffice and Google
 * Sheets write into a CSV in place of a formula's result: Excel's and
 * Sheets' `#N/A`, `#REF!`, `#VALUE!`, … and LibreOffice's `Err:502`.
 * Case is ignored (a cell retyped by hand).
 */
const ERROR_VALUE =
  /^(#(N\/A|REF!|VALUE!|NAME\?|DIV\/0!|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA|ERROR!)|Err:\d{3})$/i;

/** What made the common error values, as the spreadsheets' help says. */
const CAUSES: Readonly<Record<string, string>> = {
  '#N/A': 'a lookup found nothing',
  '#REF!': 'a reference to cells since deleted',
  '#VALUE!': 'a value of the wrong type in the formula',
  '#NAME?': 'a function or name the spreadsheet does not know',
  '#DIV/0!': 'a division by zero',
  '#NUM!': 'a number out of range',
  '#NULL!': 'two ranges that do not meet',
};

/**
 * What is wrong with a field holding a spreadsheet's error value rather
 * than a value: a formula that fills the column (a VLOOKUP of the owner,
 * a group built from other cells) failed on this row, and its error was
 * saved as text. Read as a name, `#N/A` was an owner that got the
 * group's alerts, a group or an ISP of its own, without a word
 * (docs/architecture.md "Data contracts").
 *
 * @param value - the field's trimmed text
 * @returns the problem, or undefined for any other text
 * @example
 * spreadsheetErrorProblem('#N/A');
 * // "is a spreadsheet's error value, not a value: … (#N/A: a lookup …"
 * spreadsheetErrorProblem('Acme'); // undefined
 */
export function spreadsheetErrorProblem(value: string): string | undefined {
  if (!ERROR_VALUE.test(value)) return undefined;
  const upper = value.toUpperCase();
  const cause =
    CAUSES[upper] ??
    (upper.startsWith('ERR:') ? `LibreOffice's error ${value.slice(4)}` : '');
  const why = cause === '' ? '' : ` (${value}: ${cause})`;
  return (
    "is a spreadsheet's error value, not a value: the formula that fills " +
    `this cell failed${why}; fix the formula, or write the value itself`
  );
}

/**
 * Refuses the first field of a column Headroom reads that holds a
 * spreadsheet's error value (`spreadsheetErrorProblem`); other columns
 * are ignored, error values and all.
 *
 * @param rows - the CSV's rows with their lines (`readCsvRows`)
 * @param file - the file, for the message
 * @param known - the columns the caller reads
 * @throws InputError naming the file, line, field and value
 * @example
 * rejectErrorValues([{ line: 2, values: { owner: '#N/A' } }], 'l.csv', ['owner']);
 * // throws: l.csv, line 2: field 'owner' is a spreadsheet's error value, …
 */
export function rejectErrorValues(
  rows: readonly { line: number; values: Readonly<Record<string, string>> }[],
  file: string,
  known: readonly string[],
): void {
  for (const { line, values } of rows) {
    for (const field of known) {
      const value = values[field] ?? '';
      const problem = spreadsheetErrorProblem(value);
      if (problem === undefined) continue;
      throw new InputError(file, problem, { line, field, value });
    }
  }
}
