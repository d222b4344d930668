import { addDays, daysBetween } from '#lib/domain/dates';
import type { DailyRow, DailySeries } from '#lib/domain/series';
import type { DayWindow } from '#lib/sql/select-series';
import { toDailySeries } from './load-series.ts';
import type { ShardSeries } from './read-shard-series.ts';

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
    if (present(history, i)) rows += 1;
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
 * The series of some daily rows in a window, with their catalog figures:
 * `toDailySeries`, for a source that queries rows rather than reading
 * files (`readSeriesFiles`).
 *
 * @param rows - daily rows
 * @param window - `from` inclusive, `to` exclusive
 * @returns the series, by level then key
 * @example
 * seriesOfRows(rows, { from: '2025-01-01', to: '2026-01-01' });
 */
export function seriesOfRows(
  rows: readonly DailyRow[],
  window: DayWindow,
): ShardSeries[] {
  return toDailySeries(rows, window).map(withCatalogFigures);
}

/**
 * A series cut to a window, as `toDailySeries` would place the same rows
 * of it: from its first day in [`from`, `to`) with a peak or a capacity
 * to its last; none when it has no such day there. A backtest cuts each
 * series of its batch to each date's history this way
 * (docs/architecture.md "The decision backtest").
 *
 * @param series - a series on its calendar
 * @param window - `from` inclusive, `to` exclusive
 * @returns the cut series with its catalog figures, or undefined
 * @example
 * windowSeries(series, { from: '2025-03-01', to: '2026-03-01' });
 */
export function windowSeries(
  series: ShardSeries,
  window: DayWindow,
): ShardSeries | undefined {
  const { history } = series;
  const length = history.values.length;
  const begin = Math.max(0, daysBetween(history.start, window.from));
  const end = Math.min(length, daysBetween(history.start, window.to));
  let first = begin;
  while (first < end && !present(history, first)) first += 1;
  let last = end - 1;
  while (last >= first && !present(history, last)) last -= 1;
  if (last < first) return undefined;
  if (first === 0 && last === length - 1) return series;
  const cut = (values: readonly number[]) => values.slice(first, last + 1);
  return withCatalogFigures({
    level: history.level,
    key: history.key,
    start: addDays(history.start, first),
    values: cut(history.values),
    capacity: cut(history.capacity),
    ...(history.samples ? { samples: cut(history.samples) } : {}),
  });
}

/** A day of the series had a row: a peak or a capacity. */
function present(history: DailySeries, i: number): boolean {
  return (
    Number.isFinite(history.values[i]) || Number.isFinite(history.capacity[i])
  );
}
