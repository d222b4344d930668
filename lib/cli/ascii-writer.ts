/**
 * A growing byte buffer for CSV output: numbers and short texts are
 * written as bytes in place, so that formatting a forecast makes no
 * intermediate strings (the string form `${a},${b}` made one per row and
 * then had to be encoded to UTF-8 by the stream; together they cost more
 * than a quarter of `headroom forecast`'s time outside the engine).
 *
 * @example
 * const w = new AsciiWriter();
 * w.text('a,'); w.num(123456.7); w.byte(10);
 * new TextDecoder().decode(w.take()); // 'a,123457\n'
 */
export class AsciiWriter {
  private buf: Uint8Array;
  private pos = 0;

  constructor(size = 1 << 16) {
    this.buf = new Uint8Array(size);
  }

  /** Append one byte (e.g. 44 for a comma, 10 for a newline). */
  byte(b: number): void {
    if (this.pos >= this.buf.length) this.grow(1);
    this.buf[this.pos++] = b;
  }

  /** Append bytes. */
  bytes(b: Uint8Array): void {
    if (this.pos + b.length > this.buf.length) this.grow(b.length);
    // A loop beats `set` for the short arrays written here (ids, dates).
    for (let i = 0; i < b.length; i += 1) this.buf[this.pos++] = b[i]!;
  }

  /** Append a string as UTF-8. */
  text(s: string): void {
    this.bytes(ENCODER.encode(s));
  }

  /**
   * Append a number exactly as `num` in format-forecast.ts writes it: an
   * integer from 1e5 on (rounded), `String(x)` below. Readable form:
   * `this.text(num(x))`; integers are written digit by digit instead.
   */
  num(x: number): void {
    const n = Math.round(x);
    if (!(Math.abs(x) >= 1e5 && Math.abs(n) < 1e17)) {
      this.text(String(Math.abs(x) >= 1e5 ? n : x));
      return;
    }
    if (n < 0) this.byte(45);
    const a = Math.abs(n);
    const hi = Math.floor(a / 1e8);
    const lo = a - hi * 1e8;
    if (hi > 0) {
      this.digits(hi, 0);
      this.digits(lo, 8);
    } else this.digits(lo, 0);
  }

  /** The bytes written so far (a copy), and start again. */
  take(): Uint8Array {
    const out = this.buf.slice(0, this.pos);
    this.pos = 0;
    return out;
  }

  /** Digits of a whole number below 2^31, left-padded with 0 to `width`. */
  private digits(v: number, width: number): void {
    let n = v | 0;
    let len = 1;
    for (let p = 10; p <= n; p *= 10) len += 1;
    if (len < width) len = width;
    if (this.pos + len > this.buf.length) this.grow(len);
    for (let i = this.pos + len - 1; i >= this.pos; i -= 1) {
      const q = (n / 10) | 0;
      this.buf[i] = 48 + n - 10 * q;
      n = q;
    }
    this.pos += len;
  }

  private grow(need: number): void {
    const next = new Uint8Array(Math.max(2 * this.buf.length, this.pos + need));
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }
}

const ENCODER = new TextEncoder();
