import { addDays, daysBetween } from '#lib/domain/dates';
import type { DailyRow } from '#lib/domain/series';
import type { DayWindow } from '#lib/sql/select-series';
import {
  hasRow,
  type ShardSeries,
  withCatalogFigures,
} from './catalog-figures.ts';
import { toDailySeries } from './load-series.ts';

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
  while (first < end && !hasRow(history, first)) first += 1;
  let last = end - 1;
  while (last >= first && !hasRow(history, last)) last -= 1;
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
