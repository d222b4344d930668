import { isAscii, isUtf8 } from 'node:buffer';
import type { FileHandle } from 'node:fs/promises';
import { countLineFeeds, notUtf8 } from '#lib/decode-utf8';
import { InputError } from '#lib/errors';
import { CR_ONLY_HINT } from '#lib/missing-column-hint';
import { utf16Problem } from '#lib/utf16-text';
import { workbookProblem } from '#lib/workbook-bytes';

const CR = 13;

/**
 * The text of whole lines starting at the file's byte `start`
 * (`lineChunks`): all-ASCII bytes as Latin-1 (a plain copy), others
 * checked to be UTF-8.
 *
 * @param bytes - whole lines of the file
 * @param file - the file's path, for messages
 * @param handle - the open file, to count lines for a message
 * @param start - the file offset of `bytes[0]`
 * @returns the text
 * @throws InputError naming the file, line and byte of what is not UTF-8
 * @example
 * const text = await decodeLines(bytes.subarray(0, cut), file, handle, 0);
 */
export async function decodeLines(
  bytes: Buffer,
  file: string,
  handle: FileHandle,
  start: number,
): Promise<string> {
  // A spreadsheet's "Unicode Text": named as such, not as its first byte
  // (0xFF of a byte order mark), nor read as ASCII with NULs between.
  const utf16 =
    start === 0
      ? (utf16Problem(bytes, file) ?? workbookProblem(bytes, file))
      : undefined;
  if (utf16 !== undefined) throw new InputError(file, utf16, { line: 1 });
  if (isAscii(bytes)) return bytes.toString('latin1');
  if (isUtf8(bytes)) return bytes.toString('utf8');
  throw notUtf8(bytes, file, {
    line: await lineAt(handle, start),
    byte: start,
  });
}

/**
 * The error for the line starting at byte `start`, whose first bytes,
 * more than the bound, are `bytes` (`lineChunks`).
 *
 * @param file - the file's path
 * @param handle - the open file, to count lines
 * @param start - the file offset of the line
 * @param bytes - its first bytes
 * @param limit - the longest line allowed, in bytes
 * @returns an InputError naming the file, line and the line's start
 * @example
 * throw await lineTooLong(file, handle, start, bytes, MAX_LINE_BYTES);
 */
export async function lineTooLong(
  file: string,
  handle: FileHandle,
  start: number,
  bytes: Buffer,
  limit: number,
) {
  const hint = bytes.includes(CR) ? CR_ONLY_HINT : '';
  return new InputError(
    file,
    `has a line longer than ${limit / (1 << 20)} MiB (${limit} bytes)${hint}`,
    {
      line: await lineAt(handle, start),
      value: `${bytes.toString('utf8', 0, 80)}…`,
    },
  );
}

/**
 * The number of the line starting at byte `start`: the line feeds before
 * it are counted only for a message, so the reads pay nothing for it.
 */
async function lineAt(handle: FileHandle, start: number): Promise<number> {
  const bytes = Buffer.allocUnsafe(1 << 16);
  let line = 1;
  for (let at = 0; at < start; ) {
    const length = Math.min(bytes.length, start - at);
    const { bytesRead } = await handle.read(bytes, 0, length, at);
    if (bytesRead === 0) break;
    line += countLineFeeds(bytes, 0, bytesRead);
    at += bytesRead;
  }
  return line;
}
