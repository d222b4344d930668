/**
 * A growing byte buffer for CSV output: rows are written as bytes in
 * place, so that formatting a forecast makes no intermediate strings (the
 * string form `${a},${b}` made one per row and then had to be encoded to
 * UTF-8 by the stream; together they cost more than a quarter of
 * `headroom forecast`'s time outside the engine).
 *
 * A writer reserves room for a row once, writes it with the `put*`
 * functions at {@link AsciiWriter.length} and then {@link
 * AsciiWriter.commit}s its end: the position lives in a local variable
 * while the row is written, not in a field checked byte by byte.
 *
 * @example
 * const w = new AsciiWriter();
 * const buf = w.reserve(MAX_NUM_BYTES + 1);
 * const end = putNum(buf, w.length, 123456.7);
 * buf[end] = 10;
 * w.commit(end + 1);
 * new TextDecoder().decode(w.view()); // '123457\n'
 */
export class AsciiWriter {
  private buf: Uint8Array;
  private pos = 0;

  constructor(size = 1 << 16) {
    this.buf = new Uint8Array(size);
  }

  /** Bytes written so far: where the next ones go. */
  get length(): number {
    return this.pos;
  }

  /**
   * Make room for `n` more bytes after {@link length}.
   *
   * @returns the buffer to write them into (it may be a new one)
   */
  reserve(n: number): Uint8Array {
    if (this.pos + n > this.buf.length) {
      const next = new Uint8Array(Math.max(2 * this.buf.length, this.pos + n));
      next.set(this.buf.subarray(0, this.pos));
      this.buf = next;
    }
    return this.buf;
  }

  /** Mark the bytes up to `end` (within the room reserved) as written. */
  commit(end: number): void {
    this.pos = end;
  }

  /**
   * The bytes written so far, without a copy: valid until the next
   * {@link clear} or write.
   */
  view(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }

  /** Start again from the first byte, keeping the buffer. */
  clear(): void {
    this.pos = 0;
  }
}

/**
 * Copy `bytes` to `buf[at]` (room already made); returns the end.
 *
 * @param buf - output buffer
 * @param at - where to write
 * @param bytes - what to write
 * @returns the position after the last byte written
 * @example
 * putBytes(new Uint8Array(4), 1, Uint8Array.of(97, 98)); // 3
 */
export function putBytes(buf: Uint8Array, at: number, bytes: Uint8Array) {
  // A loop beats `set` for the short arrays written here (ids, dates).
  for (let i = 0; i < bytes.length; i += 1) buf[at + i] = bytes[i]!;
  return at + bytes.length;
}
