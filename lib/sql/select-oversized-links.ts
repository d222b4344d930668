import type { DayWindow } from './select-series.ts';
import { dayLiteral, doubleLiteral } from './sql-literals.ts';

/**
 * The inventory links (`inventory_links`) whose highest daily peak in
 * [`from`, `to`) of `series_daily` stayed under `share` of their capacity
 * on at least `minDays` days with samples (Trino dialect): only those
 * rows come back, a handful, not one per link of the fleet.
 *
 * @param window - the days compared, `from` inclusive, `to` exclusive
 * @param share - the share of capacity, e.g. 0.01
 * @param minDays - days with samples a link needs
 * @returns a SELECT of `key, peak_bps, days`, ordered by key
 * @example
 * await engine.query(selectOversizedLinksSql(
 *   { from: '2025-12-08', to: '2026-12-08' }, 0.01, 90));
 */
export function selectOversizedLinksSql(
  window: DayWindow,
  share: number,
  minDays: number,
): string {
  return `SELECT s.key, max(s.peak_bps) AS peak_bps, count(*) AS days
FROM series_daily s
JOIN inventory_links i ON i.link_id = s.key
WHERE s.dt >= ${dayLiteral(window.from, 'from')}
  AND s.dt < ${dayLiteral(window.to, 'to')}
  AND s.level = 'link'
  AND s.samples > 0
GROUP BY s.key
HAVING count(*) >= ${Math.trunc(minDays)}
  AND max(s.peak_bps) < ${doubleLiteral(share, 'share')} * max(i.capacity_bps)
ORDER BY s.key`;
}
