import { LINK_NUMBERS } from './link-numbers.ts';
import { phaseAggregates, stepCounts } from './link-step.ts';
import { LEVEL_CTES } from './rollup-level-ctes.ts';
import { STAMPS } from './stamps.ts';

/**
 * The `series_daily` rows of a batch of days, in Athena's (Trino)
 * dialect, from the batch's `rollup_stamps` (`rollupStageSql`, read through `STAMPS`): per day,
 * per link (every link in the traffic, known or not), per capacity group
 * and per ISP (inventory links only). `peak_bps` is the p95 of the day's
 * good samples, one per (link, ts); for a group or ISP it is the p95 of
 * the links' samples summed per sample time (over the level's interval
 * where its links are polled at different ones: `LEVEL_CTES`), not the
 * sum of the links' p95s (docs/architecture.md, "Rolling up"). Bad rows
 * (non-finite, wrong partition, negative, spikes, extra duplicates) are
 * left out; zeros stay. A link's daily capacity is its largest valid capacity that day,
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
 * One row per link and day seen, with its timestamps (`seen`), those
 * on each allowed interval (`stepCounts`) and the minutes it used
 * (`phaseAggregates`), for its interval and phase; NULL peaks
 * when no sample is good. Rows
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
    count(good) AS samples,
    count(ts) AS seen,
    ${stepCounts('ts')},
    ${phaseAggregates('ts')}
  FROM (
    SELECT day, link_no, other_id, cap, v AS good, ts
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
