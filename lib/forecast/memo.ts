/**
 * A small least-recently-used memo. Series of one fleet usually share
 * their length, so the design matrices of the trend models (and the
 * Cholesky factors remembered with them) repeat from series to series;
 * keeping the last few avoids rebuilding them and changes no result
 * (docs/architecture.md "Benchmarks"). A value is kept only from the
 * second time its key is asked for (the keys seen are remembered, not
 * their values), so one-off values (a series of a length of its own)
 * cost no memory.
 */
export class Memo<V> {
  readonly #limit: number;
  readonly #map = new Map<string, V>();
  readonly #seen = new Map<string, true>();

  /** @param limit - values kept (the least recently used go first) */
  constructor(limit: number) {
    this.#limit = limit;
  }

  /**
   * The value stored under `key`, made by `make` when missing: kept when
   * the key was asked for before, otherwise only noted.
   *
   * @param key - identity of the value
   * @param make - builds the value (must depend on the key alone); told
   *   whether the value will be kept
   * @returns the value
   * @example
   * new Memo<number>(2).get('a', () => 1); // 1
   */
  get(key: string, make: (keep: boolean) => V): V {
    const hit = this.#map.get(key);
    const keep = hit !== undefined || this.#seen.has(key);
    const value = hit ?? make(keep);
    if (keep) touch(this.#map, key, value, this.#limit);
    else touch(this.#seen, key, true, 4 * this.#limit);
    return value;
  }
}

/** Set `key` as the most recent entry of `map`, dropping the oldest. */
function touch<V>(map: Map<string, V>, key: string, value: V, limit: number) {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value as string);
}
