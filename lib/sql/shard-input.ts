import type { DayWindow } from './select-series.ts';
import { dayLiteral, sqlString } from './sql-literals.ts';

/**
 * The series each inventory link stands for, with the ISP and group that
 * decide its shard: the link itself (its ISP and group), its group (the
 * group's smallest ISP name) and its ISP (group ''). It reads the validated inventory the pipeline wrote as
 * Parquet (`inventory_links`, the same group keys the rollup used), never
 * links.csv (docs/architecture.md "Data contracts").
 */
const MEMBER_CTES = `inv AS (
  SELECT link_id, isp, grp FROM inventory_links
),
member AS (
  SELECT 'link' AS level, link_id AS key, isp, grp FROM inv
  UNION ALL SELECT 'group' AS level, grp AS key, min(isp) AS isp, grp
    FROM inv GROUP BY grp
  UNION ALL SELECT DISTINCT 'isp' AS level, isp AS key, isp, '' AS grp
    FROM inv
)`;

const inWindow = (window: DayWindow) =>
  `s.dt >= ${dayLiteral(window.from, 'from')}
  AND s.dt < ${dayLiteral(window.to, 'to')}
  AND s.samples > 0`;

/**
 * Counts the series with data in [`from`, `to`) per ISP and group (''
 * for the ISP-level series), and their daily rows (Trino dialect), for
 * `chooseShards`. The row with a NULL `isp` counts the series the
 * inventory does not know.
 *
 * @param window - `from` (inclusive) and `to` (exclusive), `YYYY-MM-DD`
 * @returns a SELECT of `isp, grp, series, daily_rows`, ordered by ISP
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
SELECT m.isp, m.grp, count(*) AS series, sum(p.days) AS daily_rows
FROM present p
LEFT JOIN member m ON m.level = p.level AND m.key = p.key
GROUP BY m.isp, m.grp
ORDER BY m.isp, m.grp`;
}

/**
 * The shard inputs (Trino dialect): the daily rows of [`from`, `to`) of
 * every series the inventory knows, with its shard as the last column,
 * for `QueryEngine.unload` partitioned by `shard`. Shard `i` holds the
 * series from its start (ISP, and group for a later part of an ISP split
 * by group) up to the next shard's start, compared as text (code point
 * order in Trino and DuckDB alike), as `shardOf` places them.
 *
 * @param window - the history window
 * @param shards - each shard's name and start, in range order
 * @returns a SELECT of `series_daily`'s columns and `shard`
 * @example
 * shardSeriesSql(window, [{ shard: 's0001', firstIsp: 'Acme' },
 *   { shard: 's0002', firstIsp: 'Kappa' }]);
 */
export function shardSeriesSql(
  window: DayWindow,
  shards: readonly { shard: string; firstIsp: string; firstGroup?: string }[],
): string {
  const cases = shards
    .slice(1)
    .map(
      (next, i) => `WHEN ${before(next)} THEN ${sqlString(shards[i]!.shard)}`,
    );
  const last = sqlString(shards.at(-1)?.shard ?? 's0001');
  const shard =
    cases.length === 0 ? last : `CASE ${cases.join('\n    ')} ELSE ${last} END`;
  // samples as integer: a shard reads a bigint column as one BigInt object
  // a row (hyparquet), 1.5 M of them a shard, a small integer inline.
  return `WITH ${MEMBER_CTES}
SELECT s.dt, s.level, s.key, s.peak_bps, s.max_bps, s.mean_bps,
  s.capacity_bps, CAST(s.samples AS integer) AS samples,
  ${shard} AS shard
FROM series_daily s
JOIN member m ON m.level = s.level AND m.key = s.key
WHERE ${inWindow(window)}`;
}

/** The condition "before this shard's start" on a member row `m`. */
function before(start: { firstIsp: string; firstGroup?: string }): string {
  const isp = sqlString(start.firstIsp);
  if (!start.firstGroup) return `m.isp < ${isp}`;
  const group = sqlString(start.firstGroup);
  return `(m.isp < ${isp} OR (m.isp = ${isp} AND m.grp < ${group}))`;
}
