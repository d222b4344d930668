import type { DayWindow } from './select-series.ts';
import { dayLiteral, sqlString } from './sql-literals.ts';

/**
 * The series each inventory link stands for, with the ISP that decides
 * its shard: the link itself, its group (the group's smallest ISP name)
 * and its ISP. It reads the validated inventory the pipeline wrote as
 * Parquet (`inventory_links`, the same group keys the rollup used), never
 * links.csv (docs/architecture.md "Data contracts").
 */
const MEMBER_CTES = `inv AS (
  SELECT link_id, isp, grp FROM inventory_links
),
member AS (
  SELECT 'link' AS level, link_id AS key, isp FROM inv
  UNION ALL SELECT 'group' AS level, grp AS key, min(isp) AS isp
    FROM inv GROUP BY grp
  UNION ALL SELECT DISTINCT 'isp' AS level, isp AS key, isp FROM inv
)`;

const inWindow = (window: DayWindow) =>
  `s.dt >= ${dayLiteral(window.from, 'from')}
  AND s.dt < ${dayLiteral(window.to, 'to')}
  AND s.samples > 0`;

/**
 * Counts the series with data in [`from`, `to`) per ISP, and their daily
 * rows (Trino dialect). The row with a NULL `isp` counts the series the
 * inventory does not know.
 *
 * @param window - `from` (inclusive) and `to` (exclusive), `YYYY-MM-DD`
 * @returns a SELECT of `isp, series, daily_rows`, ordered by ISP
 * @example
 * await engine.query(seriesPerIspSql({ from: '2025-01-01',
 *   to: '2026-01-01' }));
 */
export function seriesPerIspSql(window: DayWindow): string {
  return `WITH ${MEMBER_CTES},
present AS (
  SELECT s.level, s.key, count(*) AS days
  FROM series_daily s
  WHERE ${inWindow(window)}
  GROUP BY s.level, s.key
)
SELECT m.isp, count(*) AS series, sum(p.days) AS daily_rows
FROM present p
LEFT JOIN member m ON m.level = p.level AND m.key = p.key
GROUP BY m.isp
ORDER BY m.isp`;
}

/**
 * The shard inputs (Trino dialect): the daily rows of [`from`, `to`) of
 * every series the inventory knows, with the shard of its ISP as the last
 * column, for `QueryEngine.unload` partitioned by `shard`. Shard `i`
 * holds the ISPs from `firstIsps[i]` (inclusive) to `firstIsps[i + 1]`,
 * compared as text (code point order in Trino and DuckDB alike).
 *
 * @param window - the history window
 * @param shards - each shard's name and first ISP, in ISP order
 * @returns a SELECT of `series_daily`'s columns and `shard`
 * @example
 * shardSeriesSql(window, [{ shard: 's0001', firstIsp: 'Acme' },
 *   { shard: 's0002', firstIsp: 'Kappa' }]);
 */
export function shardSeriesSql(
  window: DayWindow,
  shards: readonly { shard: string; firstIsp: string }[],
): string {
  const cases = shards
    .slice(1)
    .map(
      ({ firstIsp }, i) =>
        `WHEN m.isp < ${sqlString(firstIsp)} THEN ${sqlString(shards[i]!.shard)}`,
    );
  const last = sqlString(shards.at(-1)?.shard ?? 's0001');
  const shard =
    cases.length === 0 ? last : `CASE ${cases.join('\n    ')} ELSE ${last} END`;
  return `WITH ${MEMBER_CTES}
SELECT s.dt, s.level, s.key, s.peak_bps, s.max_bps, s.mean_bps,
  s.capacity_bps, s.samples,
  ${shard} AS shard
FROM series_daily s
JOIN member m ON m.level = s.level AND m.key = s.key
WHERE ${inWindow(window)}`;
}
