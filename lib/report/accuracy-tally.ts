import { chartRows } from './accuracy-chart.ts';
import type { AccuracyRow, AccuracyTally } from './accuracy-row.ts';
import { mergeAccuracySums, sumAccuracy } from './sum-accuracy.ts';

/**
 * The tally of compared points.
 *
 * @param rows - rows from `computeAccuracy`
 * @param level - today's decision level, the one whose bounds are judged
 *   (`sumAccuracy`)
 * @returns their sums per series and horizon and the chart's rows
 * @example
 * tallyAccuracy(computeAccuracy(past, actuals), 80).sums.length;
 */
export function tallyAccuracy(
  rows: readonly AccuracyRow[],
  level: number,
): AccuracyTally {
  return { sums: sumAccuracy(rows, level), chart: chartRows(rows) };
}

/**
 * Merges tallies, e.g. one per shard, in the order given (a series in
 * more than one tally has its sums added in that order).
 *
 * @param tallies - the tallies
 * @returns the tally of all their rows
 * @example
 * mergeAccuracyTallies([shard1.accuracy, shard2.accuracy]);
 */
export function mergeAccuracyTallies(
  tallies: readonly AccuracyTally[],
): AccuracyTally {
  return {
    sums: mergeAccuracySums(tallies.map((t) => t.sums)),
    chart: chartRows(tallies.flatMap((t) => t.chart)),
  };
}
