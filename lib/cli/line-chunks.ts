import { readSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { decodeLines, lineTooLong } from './line-chunk-text.ts';

const LF = 10;

/**
 * The longest line read, in bytes, its line feed included: a series id,
 * a date and a number take a few hundred at most. Without a bound, a file
 * with no line feed (a 300 MB id, or old Mac line ends, CR only) was held
 * whole, doubling the buffer up to gigabytes.
 */
export const MAX_LINE_BYTES = 1 << 20;

/**
 * The file's text a chunk at a time (one await per 64 kB, not per line),
 * each ending after its last line feed: lines are `text[0..end)`. The
 * last chunk may lack a line feed.
 *
 * Readable form: a `utf8` read stream and `rest + chunk`. Here the bytes
 * are read into one buffer that every chunk reuses (a line longer than it
 * grows it, up to {@link MAX_LINE_BYTES}) and cut at the last line feed (a
 * line feed never occurs inside a UTF-8 sequence, so no character is
 * split); an all-ASCII part, the usual CSV, is turned into text as
 * Latin-1, a plain copy that gives the same string as UTF-8 decoding, and
 * any other part is checked to be UTF-8 (a lenient decoder turned a
 * Latin-1 `café` into `caf\uFFFD`). The stream's buffer per chunk and the
 * copy that joined the line left over to the next chunk cost about half
 * of the time spent reading; decoding and flattening the joined string
 * cost a quarter of the command's time outside the engine. Chunks of
 * 64 kB rather than a megabyte: their text dies young, in the garbage
 * collector's nursery, where a megabyte string outlived its chunk's
 * series and was moved to the old generation.
 *
 * @param file - path of a UTF-8 text file
 * @param size - initial buffer size in bytes
 * @returns the chunks in file order
 * @throws InputError naming the file and line of a byte that is not UTF-8
 *   or of a line longer than {@link MAX_LINE_BYTES}
 * @example
 * for await (const { text, end } of lineChunks('in.csv')) text.slice(0, end);
 */
export async function* lineChunks(
  file: string,
  size = 1 << 16,
): AsyncGenerator<{ text: string; end: number }> {
  const handle = await open(file);
  try {
    let bytes: Buffer = Buffer.allocUnsafe(size);
    let filled = 0;
    // The file offset of bytes[0], for messages.
    let start = 0;
    const decode = (end: number) =>
      decodeLines(bytes.subarray(0, end), file, handle, start);
    for (;;) {
      if (filled === bytes.length) {
        if (filled > MAX_LINE_BYTES) {
          throw await lineTooLong(file, handle, start, bytes, MAX_LINE_BYTES);
        }
        bytes = grow(bytes);
      }
      const bytesRead = await readInto(handle, bytes, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      // The bytes kept from the last chunk hold no line feed: 0 means
      // the line goes on past what was read.
      const cut = bytes.lastIndexOf(LF, filled - 1) + 1;
      if (cut === 0) continue;
      const text = await decode(cut);
      yield { text, end: text.length };
      bytes.copy(bytes, 0, cut, filled);
      filled -= cut;
      start += cut;
    }
    if (filled > 0) {
      const text = await decode(filled);
      yield { text, end: text.length };
    }
  } finally {
    await handle.close();
  }
}

/**
 * A buffer twice as long (at most one byte past the longest line) holding
 * the same bytes.
 */
function grow(bytes: Buffer): Buffer {
  const next = Buffer.allocUnsafe(
    Math.min(2 * bytes.length, MAX_LINE_BYTES + 1),
  );
  bytes.copy(next);
  return next;
}

/**
 * Reads what fits into `bytes` after `filled`. Synchronously: a read of
 * the file's next 64 kB from the page cache takes microseconds, and
 * through the thread pool (`handle.read`) each cost a hand-over between
 * threads and back (futex and event-loop wake-ups), a twentieth of
 * `headroom forecast`'s CPU time (docs/benchmarks.md, session 37). A
 * descriptor that would block (a non-blocking pipe) is read the
 * asynchronous way.
 */
async function readInto(
  handle: FileHandle,
  bytes: Buffer,
  filled: number,
): Promise<number> {
  try {
    return readSync(handle.fd, bytes, filled, bytes.length - filled, null);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    return (await handle.read(bytes, filled)).bytesRead;
  }
}
