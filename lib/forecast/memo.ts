/**
 * A small least-recently-used memo. Series of one fleet usually share
 * their length, so the design matrices of the trend models (and the
 * Cholesky factors remembered with them) repeat from series to series;
 * keeping the last few avoids rebuilding them and changes no result
 * (docs/architecture.md "Benchmarks").
 */
export class Memo<V> {
  readonly #limit: number;
  readonly #map = new Map<string, V>();

  /** @param limit - entries kept (the least recently used go first) */
  constructor(limit: number) {
    this.#limit = limit;
  }

  /**
   * The value stored under `key`, made by `make` when missing.
   *
   * @param key - identity of the value
   * @param make - builds the value (must depend on the key alone)
   * @returns the value
   * @example
   * new Memo<number>(2).get('a', () => 1); // 1
   */
  get(key: string, make: () => V): V {
    const hit = this.#map.get(key);
    if (hit !== undefined) {
      this.#map.delete(key);
      this.#map.set(key, hit);
      return hit;
    }
    const value = make();
    this.#map.set(key, value);
    if (this.#map.size > this.#limit) {
      const oldest = this.#map.keys().next().value as string;
      this.#map.delete(oldest);
    }
    return value;
  }
}
