import type { InputError, InputLocation } from './errors.ts';

/**
 * The error for a JSON input file that JSON.parse refused. Node 20's
 * JSON.parse gives the place in characters only (`at position 20`), which
 * no editor shows: the message names its line and column, and the usual
 * hand-edit slips at it. A message without a position (`Unexpected end
 * of JSON input`) is about the file's end.
 *
 * @param json - the file's text, without its byte order mark
 * @param parseMessage - JSON.parse's message
 * @param file - the file's name
 * @param error - makes the error of this kind of file
 * @returns the error, to throw
 * @example
 * jsonSyntaxError('{"a": 1,\n}', 'Expected … at position 9', 'c.json', f);
 * // c.json, line 2: is not valid JSON at column 1 (a comma before '}':
 * // JSON allows none after the last item): Expected … at position 9
 */
export function jsonSyntaxError(
  json: string,
  parseMessage: string,
  file: string,
  error: (file: string, problem: string, at?: InputLocation) => InputError,
): InputError {
  const position = /at position (\d+)/.exec(parseMessage)?.[1];
  const offset = Math.min(Number(position ?? json.length), json.length);
  const before = json.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return error(
    file,
    `is not valid JSON at column ${column}${slipAt(json, offset)}: ` +
      parseMessage,
    { line },
  );
}

/** A hint for the slip at `offset`, or nothing. */
function slipAt(json: string, offset: number): string {
  const here = json[offset];
  const before = json.slice(0, offset).trimEnd().at(-1);
  if ((here === '}' || here === ']') && before === ',') {
    return ` (a comma before '${here}': JSON allows none after the last item)`;
  }
  if (here === '/') return ' (JSON has no comments)';
  if (here === "'") return ' (JSON strings take double quotes)';
  return '';
}
