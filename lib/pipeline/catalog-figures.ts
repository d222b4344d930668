import { addDays } from '#lib/domain/dates';
import type { DailySeries } from '#lib/domain/series';

/**
 * A series of a shard or a backtest batch: its history and what the
 * catalog needs.
 */
export interface ShardSeries {
  readonly history: DailySeries;
  /** Last day with a usable peak, and the number of such days. */
  readonly lastDay: string;
  readonly observedDays: number;
  /** Daily rows read for it (the plan counts them per shard). */
  readonly rows: number;
}

/**
 * A series with what the catalog needs (`catalogShard`): the last day
 * with a usable peak and the number of such days.
 *
 * @param history - a daily series on its calendar
 * @returns the series with its catalog figures; `rows` counts its days
 *   with a peak or a capacity
 * @example
 * withCatalogFigures(history).observedDays; // 412
 */
export function withCatalogFigures(history: DailySeries): ShardSeries {
  let observedDays = 0;
  let last = -1;
  let rows = 0;
  for (let i = 0; i < history.values.length; i += 1) {
    if (hasRow(history, i)) rows += 1;
    // NaN >= 0 is false: a day without a usable peak is not observed.
    if (history.values[i]! >= 0) {
      observedDays += 1;
      last = i;
    }
  }
  const lastDay = last < 0 ? '' : addDays(history.start, last);
  return { history, lastDay, observedDays, rows };
}

/**
 * Whether day `i` of a series had a row: a peak or a capacity.
 *
 * @example
 * hasRow(history, 0); // true
 */
export function hasRow(history: DailySeries, i: number): boolean {
  return (
    Number.isFinite(history.values[i]) || Number.isFinite(history.capacity[i])
  );
}
