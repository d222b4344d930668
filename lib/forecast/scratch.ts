/**
 * A buffer reused by one function for its temporary values, grown as
 * needed: a typed array of a series' length is allocated outside the heap
 * and freed by the collector's sweep, which cost more than the loops
 * filling it in the engine's small helpers (docs/architecture.md
 * "Benchmarks"). One per call site: a function whose values must outlive
 * a call of another user of the same buffer cannot share it.
 */
export class Scratch {
  #buf: Float64Array;

  /** @param size - first capacity */
  constructor(size = 0) {
    this.#buf = new Float64Array(size);
  }

  /**
   * A buffer of at least `n` values, holding what its last use left.
   *
   * @param n - values needed
   * @returns the buffer (its length may exceed `n`)
   * @example
   * new Scratch().take(3).length >= 3; // true
   */
  take(n: number): Float64Array {
    if (this.#buf.length < n) this.#buf = new Float64Array(n);
    return this.#buf;
  }
}
