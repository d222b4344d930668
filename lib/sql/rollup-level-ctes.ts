import { STAMPS } from './rollup-stage.ts';

/**
 * The CTEs of `rollupSeriesSql` for groups and ISPs (Trino), by number:
 * the members' good samples summed per `ts` (`level_sums`), their p95,
 * maximum and mean (`level_peaks`), every level's daily capacities summed
 * from `link_rows` (`link_sets`), and the names behind the numbers
 * (`level_names`).
 */
export const LEVEL_CTES = `level_sums AS (
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
