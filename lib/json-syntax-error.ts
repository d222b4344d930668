import { parse as parseTree } from '@humanwhocodes/momoa';
import { singleLine } from './domain/message.ts';
import type { InputError, InputLocation } from './errors.ts';
import { quoted } from './input-message.ts';
import {
  UNSEEN_CHARACTER,
  unseenCharacterName,
} from './inventory/unseen-characters.ts';

/**
 * The error for a JSON input file that JSON.parse refused. Node 20's
 * JSON.parse gives the place in characters only (`at position 20`), which
 * no editor shows: the message names its line and column, and the usual
 * hand-edit slips at it. For some slips JSON.parse gives no position at
 * all (`Unexpected token ''', "…" is not valid JSON`: single quotes
 * around a value, `True`, `NaN`, a comma before `]`); momoa's parser
 * finds the place then. Without either (`Unexpected end of JSON input`)
 * the place is the file's end. JSON.parse's words follow on one line:
 * its excerpt of the text may hold line breaks.
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
  const offset = offsetOf(json, parseMessage);
  const before = json.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return error(
    file,
    `is not valid JSON at column ${column}${slipAt(json, offset)}: ` +
      quoted(singleLine(parseMessage)),
    { line },
  );
}

/** Where the text stops being JSON, in characters from its start. */
function offsetOf(json: string, parseMessage: string): number {
  const position = /at position (\d+)/.exec(parseMessage)?.[1];
  if (position !== undefined) return Math.min(Number(position), json.length);
  try {
    parseTree(json, { mode: 'json' });
  } catch (e) {
    // momoa's syntax errors carry `offset` (and line, column); a RangeError
    // from a text nested too deeply for its recursion does not.
    const offset = (e as { offset?: unknown }).offset;
    if (typeof offset === 'number') return Math.min(offset, json.length);
  }
  return json.length;
}

/** A hint for the slip at `offset`, or nothing. */
function slipAt(json: string, offset: number): string {
  // A file made by `touch`, or saved before anything was written in it.
  if (json.trim() === '') {
    return ' (the file is empty)';
  }
  const here = json[offset];
  const before = json.slice(0, offset).trimEnd().at(-1);
  if ((here === '}' || here === ']') && before === ',') {
    return ` (a comma before '${here}': JSON allows none after the last item)`;
  }
  if (here === '/') return ' (JSON has no comments)';
  if (here === "'") return ' (JSON strings take double quotes)';
  // Pasted from a word processor, an email or a chat.
  if (here !== undefined && '“”‘’„«»'.includes(here)) {
    return ` (${here} is a typographic quote: JSON strings take straight double quotes, ")`;
  }
  if (here !== undefined && here >= '\u00a0' && UNSEEN_CHARACTER.test(here)) {
    return ` (${unseenCharacterName(here).split(':')[0]}: JSON takes plain spaces)`;
  }
  const word = /[A-Za-z]+/y;
  word.lastIndex = offset;
  const written = word.exec(json)?.[0];
  // Python writes these (json.dumps gives NaN and Infinity).
  if (written === 'True' || written === 'False' || written === 'None') {
    return ' (JSON writes true, false and null in lower case)';
  }
  if (written === 'NaN' || written === 'Infinity') {
    return ' (JSON has no NaN or Infinity)';
  }
  return '';
}
