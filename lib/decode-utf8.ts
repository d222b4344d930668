import { isAscii, isUtf8 } from 'node:buffer';
import { InputError, type InputLocation } from '#lib/errors';
import { utf16Problem } from './utf16-text.ts';
import { workbookProblem } from './workbook-bytes.ts';

/** How an input error is built: `InputError`, or `ConfigError` for a configuration. */
export type InputFailure = new (
  file: string,
  problem: string,
  location?: InputLocation,
) => InputError;

/** Where a piece of a file starts: its first line (1 for the file's first) and byte. */
export interface TextStart {
  readonly line: number;
  readonly byte: number;
}

const REPLACEMENT = '\uFFFD';
/** Characters of the bad line quoted on either side of the bad byte. */
const AROUND = 40;

/**
 * The text of a file's bytes, which must be UTF-8. A lenient decoder would
 * turn a Latin-1 `café` into `caf\uFFFD`, a new ISP or series name, without
 * a word. A byte order mark is kept (each reader skips it). All-ASCII bytes,
 * the usual CSV, are turned into text as Latin-1, a plain copy that gives
 * the same string.
 *
 * @param bytes - the file's content
 * @param file - the file's name, for the error
 * @param Failure - the error to throw (default `InputError`)
 * @returns the text
 * @throws InputError (or `Failure`) naming the file, the line, the bad byte
 *   and where it is
 * @example
 * decodeUtf8(await readFile('links.csv'), 'links.csv');
 */
export function decodeUtf8(
  content: Uint8Array,
  file: string,
  Failure: InputFailure = InputError,
): string {
  const bytes = Buffer.from(
    content.buffer,
    content.byteOffset,
    content.byteLength,
  );
  const utf16 = utf16Problem(bytes, file) ?? workbookProblem(bytes, file);
  if (utf16 !== undefined) throw new Failure(file, utf16, { line: 1 });
  // A NUL is ASCII, but no text file of ours holds one: it is named.
  if (bytes.indexOf(0) < 0) {
    if (isAscii(bytes)) return bytes.toString('latin1');
    if (isUtf8(bytes)) return bytes.toString('utf8');
  }
  throw notUtf8(bytes, file, { line: 1, byte: 0 }, Failure);
}

/**
 * The error for bytes that are not UTF-8: the line of the first bad byte,
 * its value, its character on the line and its offset in the file, and the
 * line's text around it (the bad bytes shown as `\uFFFD`).
 *
 * @param bytes - a piece of a file that starts a line, and is not UTF-8
 * @param file - the file's name
 * @param start - the piece's first line and byte in the file
 * @param Failure - the error to build (default `InputError`)
 * @returns the error, to throw
 * @example
 * throw notUtf8(chunk, 'in.csv', { line: 1001, byte: 65536 });
 */
export function notUtf8(
  bytes: Buffer,
  file: string,
  start: TextStart,
  Failure: InputFailure = InputError,
): InputError {
  const at = firstBadByte(bytes);
  // lastIndexOf from -1 searches from the end: a bad first byte was
  // reported on the file's last line, with that line's text.
  const lineStart = at === 0 ? 0 : bytes.lastIndexOf(0x0a, at - 1) + 1;
  const lineEnd = bytes.indexOf(0x0a, at);
  const before = bytes.toString('utf8', lineStart, at);
  const text = bytes
    .toString('utf8', lineStart, lineEnd < 0 ? bytes.length : lineEnd)
    .replace(/\r$/, '');
  const from = Math.max(0, before.length - AROUND);
  const excerpt = `${from > 0 ? '…' : ''}${text.slice(from, before.length + AROUND)}`;
  const hex = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
  return new Failure(
    file,
    `is not UTF-8 text: byte 0x${hex} at character ${before.length + 1} ` +
      `of the line (offset ${start.byte + at} in the file); save it as UTF-8`,
    { line: start.line + countLineFeeds(bytes, 0, lineStart), value: excerpt },
  );
}

/**
 * Offset of the first NUL or byte that is not part of a UTF-8 character:
 * before it the text encodes back to the same bytes, so the first
 * `\uFFFD` that the bytes do not spell out (EF BF BD) marks it.
 */
function firstBadByte(bytes: Buffer): number {
  const nul = bytes.indexOf(0);
  const text = bytes.toString('utf8', 0, nul < 0 ? bytes.length : nul);
  for (let i = text.indexOf(REPLACEMENT); i >= 0; ) {
    const at = Buffer.byteLength(text.slice(0, i));
    if (
      bytes[at] !== 0xef ||
      bytes[at + 1] !== 0xbf ||
      bytes[at + 2] !== 0xbd
    ) {
      return at;
    }
    i = text.indexOf(REPLACEMENT, i + 1);
  }
  return nul < 0 ? bytes.length : nul;
}

/**
 * The line feeds in `bytes[from..to)`.
 *
 * @param bytes - text bytes
 * @param from - first byte
 * @param to - end (exclusive)
 * @returns how many line feeds
 * @example
 * countLineFeeds(Buffer.from('a\nb\n'), 0, 4); // 2
 */
export function countLineFeeds(bytes: Buffer, from: number, to: number) {
  let count = 0;
  for (let at = bytes.indexOf(0x0a, from); at >= 0 && at < to; ) {
    count += 1;
    at = bytes.indexOf(0x0a, at + 1);
  }
  return count;
}
