import { MEAN_POINTS, slotEnd } from './rollup-level-means.ts';
import { LEVEL_STEPS } from './rollup-level-steps.ts';
import { STAMPS } from './stamps.ts';

/**
 * The CTEs of `rollupSeriesSql` for groups and ISPs (Trino), by number:
 * each link's share of its group's and ISP's samples (`level_steps`),
 * the members' good samples summed per sample time (`level_sums`), their
 * p95, maximum and mean (`level_peaks`), every level's daily capacities
 * summed from `link_rows` (`link_sets`), and the names behind the numbers
 * (`level_names`).
 *
 * A group's sample time is its links' own where they share an interval.
 * A link polled more often than its group's longest interval that day
 * (1-minute telemetry beside 5-minute SNMP, a second poller's samples
 * between the first one's), or off the clock, counts at the end of the
 * group's interval its sample falls in, for its share of it
 * (`level_steps`), or where its samples are not regular all day by its
 * mean there (`MEAN_POINTS`): else its samples between the group's met
 * none of their siblings', and the group's p95 and mean read low
 * (docs/architecture.md "Rolling up", sample times). A row of one
 * level's means leaves the other level's number NULL; the group it
 * would make there is left out (`HAVING`).
 *
 * The stamps are joined unfiltered, and a bad or wrong-partition stamp
 * counts as NULL: filtered first, DuckDB guessed them fewer than the
 * links' steps and built the join's table on them, which took the
 * stage's series a third longer (docs/benchmarks.md).
 */
export const LEVEL_CTES = `${LEVEL_STEPS},
level_sums AS (
  SELECT
    day,
    CASE WHEN grouping(grp_no) = 0 THEN 'group' ELSE 'isp' END AS level,
    COALESCE(grp_no, isp_no) AS no,
    CASE WHEN grouping(grp_no) = 0 THEN sum(grp_v) ELSE sum(isp_v) END AS bps
  FROM (
    SELECT
      s.day,
      k.grp_no,
      k.isp_no,
      ${shareOf('grp')},
      ${shareOf('isp')}
    FROM ${STAMPS} s
    JOIN level_steps k ON k.day = s.day AND k.link_no = s.link_no
    UNION ALL
    ${MEAN_POINTS}
  ) b
  GROUP BY GROUPING SETS ((day, grp_at, grp_no), (day, isp_at, isp_no))
  HAVING COALESCE(grp_no, isp_no) IS NOT NULL
),
level_peaks AS (
  SELECT
    day,
    level,
    no,
    approx_percentile(bps, 0.95) AS peak_bps,
    max(bps) AS max_bps,
    avg(bps) AS mean_bps,
    count(bps) AS samples
  FROM level_sums
  GROUP BY day, level, no
  HAVING count(bps) > 0
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

/**
 * A stamp's value and time in its group's or ISP's sums (`level`: `grp`
 * or `isp`), on a stamp joined to its `level_steps` row: `<level>_v`,
 * its good value (NULL for a bad or wrong-partition stamp), divided for
 * a finer link by its samples in the level's interval it falls in
 * (`<level>_n`, at most the link's own timestamps that fit in that
 * interval: a 2-minute link's two or three in 5 minutes, by turns, so
 * that it counts for its mean there); `<level>_at`, its time, or for a
 * finer link the end of that interval (`slotEnd`).
 */
function shareOf(level: 'grp' | 'isp'): string {
  const [n, step] = [`k.${level}_n`, `k.${level}_step`];
  const end = slotEnd(step);
  const own = (seconds: string) =>
    `floor((${seconds} - k.phase) / CAST(k.step AS double))`;
  const fitting = `${own(end)} - ${own(`(${end} - ${step})`)}`;
  return `CASE WHEN s.wrong OR k.${level}_mean THEN NULL WHEN ${n} IS NULL THEN s.v
        ELSE round(s.v / greatest(1, least(${n}, ${fitting}))) END AS ${level}_v,
      CASE WHEN ${n} IS NULL THEN s.ts
        ELSE date_trunc('day', s.ts) + INTERVAL '1' SECOND * ${end}
        END AS ${level}_at`;
}
