import { LINK_NUMBERS, STAMPS } from './rollup-stage.ts';

/**
 * The `series_daily` rows of a batch of days, in Athena's (Trino)
 * dialect, from the batch's `rollup_stamps` (`rollupStageSql`, read through `STAMPS`): per day,
 * per link (every link in the traffic, known or not), per capacity group
 * and per ISP (inventory links only). `peak_bps` is the p95 of the day's
 * good samples, one per (link, ts); for a group or ISP it is the p95 of
 * the links' samples summed per `ts`, not the sum of the links' p95s
 * (docs/architecture.md, "Rolling up"). Bad rows (non-finite, wrong
 * partition, negative, spikes, extra duplicates) are left out; zeros
 * stay. A link's daily capacity is its largest valid capacity that day,
 * else the inventory's; a group's is the sum of its links'.
 *
 * Groups and ISPs are summed in one pass (`GROUPING SETS`) and keyed by
 * number until the end, where their names come back.
 * `dt` is the last column, as a partitioned write (DuckDB
 * `PARTITION_BY (dt)`, Athena `partitioned_by = ARRAY['dt']`) wants it.
 *
 * @returns a SELECT with columns `level, key, peak_bps, max_bps,
 *   mean_bps, capacity_bps, samples, dt`
 * @example
 * const outputs = [{ table: 'series_daily', select: rollupSeriesSql() }];
 */
export function rollupSeriesSql(): string {
  return `WITH ${LINK_NUMBERS},
${LINK_ROWS_CTE},
${LEVEL_CTES},
all_rows AS (
  SELECT
    r.day,
    r.level,
    COALESCE(max(r.key), max(m.key)) AS key,
    max(r.peak_bps) AS peak_bps,
    max(r.max_bps) AS max_bps,
    max(r.mean_bps) AS mean_bps,
    max(r.capacity_bps) AS capacity_bps,
    max(r.samples) AS samples
  FROM (${MERGED_ROWS}) r
  LEFT JOIN level_names m ON m.level = r.level AND m.no = r.no
  GROUP BY r.day, r.level, r.key, r.no
  HAVING r.level = 'link' OR max(r.summed) = 1
)
SELECT
  CAST(level AS varchar) AS level,
  CAST(key AS varchar) AS key,
  CAST(peak_bps AS double) AS peak_bps,
  CAST(max_bps AS double) AS max_bps,
  CAST(mean_bps AS double) AS mean_bps,
  CAST(capacity_bps AS double) AS capacity_bps,
  CAST(samples AS bigint) AS samples,
  CAST(day AS varchar) AS dt
FROM all_rows`;
}

/**
 * What `all_rows` merges, each CTE read once (on Athena every reading of
 * a CTE runs it again, and with it the pass over raw traffic): a link's
 * row as it is, and for a group or ISP its capacity (from `link_sets`)
 * beside its peaks (from `level_peaks`, `summed` = 1). A group or ISP
 * whose links have no good sample that day has no row.
 */
const MERGED_ROWS = `SELECT day, level, key, no, CASE WHEN level = 'link' THEN peak_bps END
      AS peak_bps, CASE WHEN level = 'link' THEN max_bps END AS max_bps,
      CASE WHEN level = 'link' THEN mean_bps END AS mean_bps, capacity_bps,
      CASE WHEN level = 'link' THEN samples END AS samples, 0 AS summed
    FROM link_sets
    WHERE level = 'link' OR no IS NOT NULL
    UNION ALL
    SELECT day, level, CAST(NULL AS varchar), no, peak_bps, max_bps,
      mean_bps, CAST(NULL AS double), samples, 1
    FROM level_peaks`;

/**
 * One row per link and day seen; NULL peaks when no sample is good. Rows
 * without a `link_id` belong to no link: they are counted in
 * `quality_daily` (`unknown_link`), not made a series.
 */
const LINK_ROWS_CTE = `link_peaks AS (
  SELECT
    day,
    link_no,
    other_id,
    approx_percentile(good, 0.95) AS peak_bps,
    max(good) AS max_bps,
    avg(good) AS mean_bps,
    max(cap) AS cap,
    count(good) AS samples
  FROM (
    SELECT day, link_no, other_id, cap, v AS good
    FROM ${STAMPS} t
    WHERE NOT wrong AND (link_no IS NOT NULL OR other_id IS NOT NULL)
  ) s
  GROUP BY day, link_no, other_id
),
link_rows AS (
  SELECT
    p.day,
    'link' AS level,
    COALESCE(n.link_id, p.other_id) AS key,
    p.peak_bps,
    p.max_bps,
    p.mean_bps,
    COALESCE(p.cap, n.inv_capacity) AS capacity_bps,
    p.samples,
    n.grp_no,
    n.isp_no
  FROM link_peaks p
  LEFT JOIN link_numbers n ON n.link_no = p.link_no
)`;

/**
 * Group and ISP rows by number: the members' good samples summed per
 * `ts`, their p95, and the members' daily capacities summed.
 */
const LEVEL_CTES = `level_sums AS (
  SELECT
    s.day,
    CASE WHEN grouping(n.grp_no) = 0 THEN 'group' ELSE 'isp' END AS level,
    COALESCE(n.grp_no, n.isp_no) AS no,
    sum(s.v) AS bps
  FROM ${STAMPS} s
  JOIN link_numbers n ON n.link_no = s.link_no
  WHERE NOT s.wrong AND s.v IS NOT NULL
  GROUP BY GROUPING SETS ((s.day, s.ts, n.grp_no), (s.day, s.ts, n.isp_no))
),
level_peaks AS (
  SELECT
    day,
    level,
    no,
    approx_percentile(bps, 0.95) AS peak_bps,
    max(bps) AS max_bps,
    avg(bps) AS mean_bps,
    count(*) AS samples
  FROM level_sums
  GROUP BY day, level, no
),
link_sets AS (
  SELECT
    day,
    CASE
      WHEN grouping(key) = 0 THEN 'link'
      WHEN grouping(grp_no) = 0 THEN 'group'
      ELSE 'isp'
    END AS level,
    key,
    COALESCE(grp_no, isp_no) AS no,
    max(peak_bps) AS peak_bps,
    max(max_bps) AS max_bps,
    max(mean_bps) AS mean_bps,
    sum(capacity_bps) AS capacity_bps,
    max(samples) AS samples
  FROM link_rows
  GROUP BY GROUPING SETS ((day, key), (day, grp_no), (day, isp_no))
),
level_names AS (
  SELECT DISTINCT 'group' AS level, grp_no AS no, grp AS key
  FROM link_numbers
  UNION ALL
  SELECT DISTINCT 'isp', isp_no, isp FROM link_numbers
)`;
