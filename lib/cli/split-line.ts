import { parse } from 'csv-parse/sync';
import { InputError } from '#lib/errors';
import { QUOTING, unclosedQuote } from '#lib/inventory/csv-parse-error';

/**
 * Fields of one CSV line: a plain split unless it holds quotes, then the
 * full CSV parser. A quoted field cannot span lines here: the reader
 * streams its input line by line.
 *
 * @param text - the line, without its line break
 * @param file - file name for messages
 * @param line - line number for messages
 * @param header - the header's fields, to name the field at fault
 * @returns the fields
 * @throws InputError naming the line, field and text when quoting is broken
 * @example
 * splitLine('a,"b,c",d', 'in.csv', 2); // ['a', 'b,c', 'd']
 */
export function splitLine(
  text: string,
  file: string,
  line: number,
  header: readonly string[] = [],
): string[] {
  if (!text.includes('"')) return text.split(',');
  try {
    return (parse(text, { relax_column_count: true }) as string[][])[0] ?? [];
  } catch (error) {
    const { code = '', column } = error as { code?: string; column?: unknown };
    const field = typeof column === 'number' ? header[column] : undefined;
    // csv-parse's own message counts the lines of the one line it was
    // given ("at line 1"): only its code is kept.
    const problem = QUOTING[code] ?? (error as Error).message;
    const value =
      code === 'CSV_QUOTE_NOT_CLOSED'
        ? (unclosedQuote(text)?.value ?? text)
        : text.slice(0, 80);
    throw new InputError(file, `is not valid CSV: ${problem}`, {
      line,
      ...(field ? { field } : {}),
      value,
    });
  }
}
