/**
 * Column buffers for one day's traffic rows, grown on demand and reused
 * from day to day, so generating 12 M rows allocates almost nothing.
 */
export class RowBuffer {
  /** Five-minute slots since 1970-01-01 (the sample's `ts`). */
  slot = new Int32Array(0);
  link = new Int32Array(0);
  out = new Float64Array(0);
  in = new Float64Array(0);
  capacity = new Float64Array(0);
  length = 0;

  /**
   * @param initialRows - rows to reserve
   * @example
   * const rows = new RowBuffer(28_800);
   */
  constructor(initialRows = 1024) {
    this.grow(Math.max(1, initialRows));
  }

  /** Forgets the rows, keeping the memory. */
  clear(): void {
    this.length = 0;
  }

  /**
   * Appends one row.
   *
   * @example
   * rows.push(5_800_000, 0, 1e9, 1e8, 1e10);
   */
  push(
    slot: number,
    link: number,
    out: number,
    inBps: number,
    capacity: number,
  ): void {
    if (this.length === this.slot.length) this.grow(this.length * 2);
    const i = this.length++;
    this.slot[i] = slot;
    this.link[i] = link;
    this.out[i] = out;
    this.in[i] = inBps;
    this.capacity[i] = capacity;
  }

  private grow(rows: number): void {
    const copy = <T extends Int32Array | Float64Array>(old: T, next: T): T => {
      next.set(old.subarray(0, this.length));
      return next;
    };
    this.slot = copy(this.slot, new Int32Array(rows));
    this.link = copy(this.link, new Int32Array(rows));
    this.out = copy(this.out, new Float64Array(rows));
    this.in = copy(this.in, new Float64Array(rows));
    this.capacity = copy(this.capacity, new Float64Array(rows));
  }
}
