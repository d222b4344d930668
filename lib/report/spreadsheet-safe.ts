/** First characters that make a spreadsheet evaluate a cell (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a text cell that a spreadsheet would evaluate as a formula
 * (OWASP "CSV Injection": a cell starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return gets a leading single quote). Apply it to text
 * fields only: numbers are written as numbers, negative ones included.
 *
 * @param text - a text cell
 * @returns the text, quoted when it would be evaluated
 * @example
 * spreadsheetSafe('=HYPERLINK("x")'); // "'=HYPERLINK(\"x\")"
 * spreadsheetSafe('Acme'); // 'Acme'
 */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * csv-stringify options that pass every string cell through
 * `spreadsheetSafe` and leave numbers alone.
 *
 * @example
 * stringify(rows, { header: true, columns, ...SPREADSHEET_SAFE_CAST });
 */
export const SPREADSHEET_SAFE_CAST = {
  cast: {
    string: spreadsheetSafe,
    boolean: (value: boolean) => String(value),
  },
} as const;
