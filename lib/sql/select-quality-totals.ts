import type { DayWindow } from './select-series.ts';
import { dayLiteral } from './sql-literals.ts';

/**
 * Sums `quality_daily` per kind over [`from`, `to`), in the order the
 * kinds first appear in `selectQualitySql`'s rows (sorted by link, then
 * kind): by each kind's first link, then by kind, so that the totals can
 * be written before those rows are read (Trino dialect). NULL links sort
 * last in both, as ORDER BY puts them by default. `no_link` is the part
 * of a kind's count from rows without a `link_id` (counted as
 * `unknown_link` only, under a NULL link), so that the report names
 * them apart from the ids links.csv lacks.
 *
 * @param window - `from` (inclusive) and `to` (exclusive), `YYYY-MM-DD`
 * @returns a SELECT of `kind, count, first_link, no_link`
 * @example
 * await engine.query(selectQualityTotalsSql({ from: '2025-01-01',
 *   to: '2026-01-01' }));
 */
export function selectQualityTotalsSql(window: DayWindow): string {
  return `SELECT kind, sum("count") AS "count", min(link_id) AS first_link,
  sum(CASE WHEN link_id IS NULL THEN "count" ELSE 0 END) AS no_link
FROM quality_daily
WHERE dt >= ${dayLiteral(window.from, 'from')}
  AND dt < ${dayLiteral(window.to, 'to')}
GROUP BY kind
ORDER BY first_link, kind`;
}
