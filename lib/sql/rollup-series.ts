import { STAMP_CTES } from './rollup-stage.ts';

/**
 * The `series_daily` rows of a batch of days, in Athena's (Trino)
 * dialect, from the batch's `rollup_stamps` (`rollupStageSql`): per day,
 * per link (every link in the traffic, known or not), per capacity group
 * and per ISP (inventory links only). `peak_bps` is the p95 of the day's
 * good samples, one per (link, ts); for a group or ISP it is the p95 of
 * the links' samples summed per `ts`, not the sum of the links' p95s
 * (docs/architecture.md, "daily peak"). Bad rows (non-finite, wrong
 * partition, negative, spikes, extra duplicates) are left out; zeros
 * stay. A link's daily capacity is its largest valid capacity that day,
 * else the inventory's; a group's is the sum of its links'.
 *
 * `dt` is the last column, as a partitioned write (DuckDB
 * `PARTITION_BY (dt)`, Athena `partitioned_by = ARRAY['dt']`) wants it.
 *
 * @returns a SELECT with columns `level, key, peak_bps, max_bps,
 *   mean_bps, capacity_bps, samples, dt`
 * @example
 * const outputs = [{ table: 'series_daily', select: rollupSeriesSql() }];
 */
export function rollupSeriesSql(): string {
  return `WITH ${STAMP_CTES},
${LINK_ROWS_CTE},
${MEMBER_CTES},
${aggregateOver('group', 'grp')},
${aggregateOver('isp', 'isp')},
all_rows AS (
  SELECT * FROM link_rows
  UNION ALL SELECT * FROM group_rows
  UNION ALL SELECT * FROM isp_rows
)
SELECT
  CAST(level AS varchar) AS level,
  CAST(key AS varchar) AS key,
  CAST(peak_bps AS double) AS peak_bps,
  CAST(max_bps AS double) AS max_bps,
  CAST(mean_bps AS double) AS mean_bps,
  CAST(capacity_bps AS double) AS capacity_bps,
  CAST(samples AS bigint) AS samples,
  CAST(dt AS varchar) AS dt
FROM all_rows`;
}

/** One row per link and day seen; NULL peaks when no sample is good. */
const LINK_ROWS_CTE = `link_rows AS (
  SELECT
    k.dt,
    'link' AS level,
    k.link_id AS key,
    approx_percentile(k.out_bps, 0.95) AS peak_bps,
    max(k.out_bps) AS max_bps,
    avg(k.out_bps) AS mean_bps,
    COALESCE(max(k.cap), max(i.inv_capacity)) AS capacity_bps,
    count(k.out_bps) AS samples
  FROM kept k
  LEFT JOIN inv i ON i.link_id = k.link_id
  GROUP BY k.dt, k.link_id
)`;

/** Good samples and daily capacities of inventory links, with groups. */
const MEMBER_CTES = `member_ts AS (
  SELECT k.dt, i.grp, i.isp, k.ts, k.out_bps
  FROM kept k
  JOIN inv i ON i.link_id = k.link_id
  WHERE k.good_rows > 0
),
member_cap AS (
  SELECT r.dt, i.grp, i.isp, r.capacity_bps
  FROM link_rows r
  JOIN inv i ON i.link_id = r.key
)`;

/** CTEs `<level>_ts`, `<level>_cap` and `<level>_rows` for one level. */
function aggregateOver(level: 'group' | 'isp', column: string): string {
  return `${level}_ts AS (
  SELECT dt, ${column} AS key, ts, sum(out_bps) AS bps
  FROM member_ts
  GROUP BY dt, ${column}, ts
),
${level}_cap AS (
  SELECT dt, ${column} AS key, sum(capacity_bps) AS capacity_bps
  FROM member_cap
  GROUP BY dt, ${column}
),
${level}_rows AS (
  SELECT
    s.dt,
    '${level}' AS level,
    s.key,
    approx_percentile(s.bps, 0.95) AS peak_bps,
    max(s.bps) AS max_bps,
    avg(s.bps) AS mean_bps,
    k.capacity_bps,
    count(*) AS samples
  FROM ${level}_ts s
  JOIN ${level}_cap k ON k.dt = s.dt AND k.key = s.key
  GROUP BY s.dt, s.key, k.capacity_bps
)`;
}
