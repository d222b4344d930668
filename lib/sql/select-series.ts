import { SERIES_LEVELS, type SeriesLevel } from '#lib/domain/vocabulary';
import { dayLiteral, sqlString } from './sql-literals.ts';

/** A half-open window of days, `from` ≤ dt < `to`. */
export interface DayWindow {
  readonly from: string;
  readonly to: string;
}

/**
 * Reads `series_daily` for days in [`from`, `to`) (Trino dialect). `dt`
 * is compared as text, which orders `YYYY-MM-DD` correctly and lets the
 * engine prune partitions.
 *
 * @param window - `from` (inclusive) and `to` (exclusive), `YYYY-MM-DD`
 * @param window.levels - levels to read (default: all)
 * @returns a SELECT ordered by level, key, dt
 * @example
 * await engine.query(selectSeriesSql({ from: '2025-01-01',
 *   to: '2026-01-01', levels: ['group'] }));
 */
export function selectSeriesSql(
  window: DayWindow & { readonly levels?: readonly SeriesLevel[] },
): string {
  const levels = window.levels ?? SERIES_LEVELS;
  const list = levels.map((level) => sqlString(level)).join(', ');
  return `SELECT dt, level, key, peak_bps, max_bps, mean_bps, capacity_bps,
  samples
FROM series_daily
WHERE dt >= ${dayLiteral(window.from, 'from')}
  AND dt < ${dayLiteral(window.to, 'to')}
  AND level IN (${list || "''"})
ORDER BY level, key, dt`;
}

/**
 * Sums `quality_daily` per link and kind over [`from`, `to`), with the
 * number of days each occurred on (Trino dialect).
 *
 * @param window - `from` (inclusive) and `to` (exclusive), `YYYY-MM-DD`
 * @returns a SELECT of `link_id, kind, count, days`
 * @example
 * await engine.query(selectQualitySql({ from: '2025-01-01',
 *   to: '2026-01-01' }));
 */
export function selectQualitySql(window: DayWindow): string {
  return `SELECT link_id, kind, sum("count") AS "count",
  count(DISTINCT dt) AS days
FROM quality_daily
WHERE dt >= ${dayLiteral(window.from, 'from')}
  AND dt < ${dayLiteral(window.to, 'to')}
GROUP BY link_id, kind
ORDER BY link_id, kind`;
}

/**
 * The links seen at link level in `series_daily` over [`from`, `to`),
 * each with its last day there (Trino dialect).
 *
 * @param window - `from` (inclusive) and `to` (exclusive), `YYYY-MM-DD`
 * @returns a SELECT of `key, last_dt`, sorted by key
 * @example
 * await engine.query(selectSeenLinksSql({ from: '2025-01-01',
 *   to: '2026-01-01' }));
 */
export function selectSeenLinksSql(window: DayWindow): string {
  return `SELECT key, max(dt) AS last_dt
FROM series_daily
WHERE dt >= ${dayLiteral(window.from, 'from')}
  AND dt < ${dayLiteral(window.to, 'to')}
  AND level = 'link'
GROUP BY key
ORDER BY key`;
}

/**
 * The days of [`from`, `to`) with link-level rows in `series_daily`: the
 * days some traffic was rolled up on (Trino dialect).
 *
 * @param window - `from` (inclusive) and `to` (exclusive), `YYYY-MM-DD`
 * @returns a SELECT of `dt`, sorted
 * @example
 * await engine.query(selectRolledUpDaysSql({ from: '2025-01-01',
 *   to: '2026-01-01' }));
 */
export function selectRolledUpDaysSql(window: DayWindow): string {
  return `SELECT DISTINCT dt
FROM series_daily
WHERE dt >= ${dayLiteral(window.from, 'from')}
  AND dt < ${dayLiteral(window.to, 'to')}
  AND level = 'link'
ORDER BY dt`;
}

/**
 * A link-level `series_daily` day before `from`, if any (Trino dialect):
 * whether the lake's rolled-up traffic began before a window, read from
 * the rollup, which outlives the raw traffic.
 *
 * @param from - the window's first day, `YYYY-MM-DD`
 * @returns a SELECT of at most one `dt`
 * @example
 * await engine.query(selectRolledUpBeforeSql('2025-01-01'));
 */
export function selectRolledUpBeforeSql(from: string): string {
  return `SELECT dt
FROM series_daily
WHERE dt < ${dayLiteral(from, 'from')}
  AND level = 'link'
LIMIT 1`;
}

/**
 * The links of [`from`, `to`) whose every `series_daily` row there has no
 * good sample (`samples` 0): traffic came, and the rollup set all of it
 * aside (spikes, negatives, non-finite values; Trino dialect).
 *
 * @param window - `from` (inclusive) and `to` (exclusive), `YYYY-MM-DD`
 * @returns a SELECT of `key`, sorted
 * @example
 * await engine.query(selectSetAsideLinksSql({ from: '2026-11-12',
 *   to: '2026-11-26' }));
 */
export function selectSetAsideLinksSql(window: DayWindow): string {
  return `SELECT key
FROM series_daily
WHERE dt >= ${dayLiteral(window.from, 'from')}
  AND dt < ${dayLiteral(window.to, 'to')}
  AND level = 'link'
GROUP BY key
HAVING max(samples) = 0
ORDER BY key`;
}
