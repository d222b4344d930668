import { parse } from 'csv-parse/sync';
import { InputError } from '#lib/errors';

/**
 * Fields of one CSV line: a plain split unless it holds quotes, then the
 * full CSV parser.
 *
 * @param text - the line, without its line break
 * @param file - file name for messages
 * @param line - line number for messages
 * @returns the fields
 * @throws InputError when quoting is broken
 * @example
 * splitLine('a,"b,c",d', 'in.csv', 2); // ['a', 'b,c', 'd']
 */
export function splitLine(text: string, file: string, line: number): string[] {
  if (!text.includes('"')) return text.split(',');
  try {
    return (parse(text, { relax_column_count: true }) as string[][])[0] ?? [];
  } catch (error) {
    throw new InputError(file, `not a CSV: ${(error as Error).message}`, {
      line,
    });
  }
}
