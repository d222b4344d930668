/**
 * The spread of a few days taken one for another: the root mean square
 * of the differences between any two of them, √2 times their standard
 * deviation. Forecasting a day by one of the days a series has seen
 * misses by about this much. Unlike the difference of the last day and
 * the first alone, it does not depend on the weekday a series started:
 * a week from Thursday to Wednesday (both weekdays) read no spread
 * (docs/architecture.md "The forecast engine", short series).
 *
 * @param values - finite observations
 * @returns the spread (0 for fewer than two days)
 * @example
 * daysSpread([10, 12, 14]); // 2.83 (√2 × 2)
 */
export function daysSpread(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  let mean = 0;
  for (const x of values) mean += x / n;
  let ss = 0;
  for (const x of values) ss += (x - mean) ** 2;
  return Math.sqrt((2 * ss) / (n - 1));
}
