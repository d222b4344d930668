/**
 * Values derived from a number array, kept once per array: at a backtest
 * origin every model receives the same training array. An entry is kept
 * weakly by the array (nothing stays once the array is gone) beside a copy
 * of what the array held, and is used only while the array still holds
 * it: a caller may reuse one buffer for several series, and a stale entry
 * would forecast the earlier one.
 */
export class ArrayCache<V> {
  readonly #entries = new WeakMap<
    readonly number[],
    { readonly held: Float64Array; readonly value: V }
  >();

  /**
   * The value derived from `values`, made by `make` when missing or when
   * the array changed since.
   *
   * @param values - the array (its content is compared, not only its identity)
   * @param make - derives the value from the array's content alone
   * @returns the value
   * @example
   * const sums = new ArrayCache<number>();
   * sums.get([1, 2], (v) => v[0]! + v[1]!); // 3
   */
  get(values: readonly number[], make: (values: readonly number[]) => V): V {
    const hit = this.#entries.get(values);
    if (hit !== undefined && holds(values, hit.held)) return hit.value;
    const value = make(values);
    this.#entries.set(values, { held: Float64Array.from(values), value });
    return value;
  }
}

/** Whether `values` holds exactly `held` (NaN never matches: made again). */
function holds(values: readonly number[], held: Float64Array): boolean {
  if (values.length !== held.length) return false;
  for (let i = 0; i < held.length; i += 1) {
    if (values[i] !== held[i]) return false;
  }
  return true;
}
