import type { SeriesLevel } from '#lib/domain/vocabulary';
import type { DayWindow } from './select-series.ts';
import { dayLiteral, sqlString } from './sql-literals.ts';

/**
 * Reads `series_daily` for days in [`from`, `to`) of one level and only
 * the given keys (Trino dialect): one backtest batch's capacity groups, so
 * that a caller never holds the whole fleet's history at once.
 *
 * @param window - `from` (inclusive) and `to` (exclusive), `YYYY-MM-DD`
 * @param window.level - the level of the keys
 * @param window.keys - the series keys
 * @returns a SELECT ordered by key, dt
 * @example
 * await engine.query(selectSeriesKeysSql({ from: '2025-01-01',
 *   to: '2026-01-01', level: 'group', keys: ['Acme/LHR1/pni'] }));
 */
export function selectSeriesKeysSql(
  window: DayWindow & {
    readonly level: SeriesLevel;
    readonly keys: readonly string[];
  },
): string {
  const keys = window.keys.map((key) => sqlString(key)).join(', ');
  return `SELECT dt, level, key, peak_bps, max_bps, mean_bps, capacity_bps,
  samples
FROM series_daily
WHERE dt >= ${dayLiteral(window.from, 'from')}
  AND dt < ${dayLiteral(window.to, 'to')}
  AND level = ${sqlString(window.level)}
  AND key IN (${keys || "''"})
ORDER BY key, dt`;
}
