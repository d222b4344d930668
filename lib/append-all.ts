/**
 * Appends every item of `items` to `target`, one at a time: unlike
 * `target.push(...items)`, whose items all become arguments of one call,
 * it takes any number (V8 throws "Maximum call stack size exceeded" past
 * about 120,000, e.g. one backtest batch of 200 groups judged daily over
 * two years).
 *
 * @param target - the array to grow
 * @param items - what to append, in order
 * @example
 * appendAll(cases, batch.cases);
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
