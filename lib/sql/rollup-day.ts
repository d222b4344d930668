import { dayLiteral } from './sql-literals.ts';
import { type DaySqlOptions, trafficCtes } from './traffic-ctes.ts';

/**
 * The `series_daily` rows of one day, in Athena's (Trino) dialect: per
 * link (every link in the traffic, known or not), per capacity group and
 * per ISP (inventory links only). `peak_bps` is the p95 of the day's
 * samples; for a group or ISP it is the p95 of the links' samples summed
 * per `ts`, not the sum of the links' p95s (DESIGN.md "Words"). Bad rows
 * (non-finite, negative, spikes, extra duplicates) are left out; zeros
 * stay. A group's capacity is the sum of its links' daily capacities.
 *
 * @param dt - the day, `YYYY-MM-DD`
 * @param options - the spike factor (`dataQuality.spikeFactor`)
 * @returns a SELECT with columns `dt, level, key, peak_bps, max_bps,
 *   mean_bps, capacity_bps, samples`
 * @example
 * await engine.replacePartition('series_daily', '2026-01-01',
 *   rollupDaySql('2026-01-01', { spikeFactor: 1.5 }));
 */
export function rollupDaySql(dt: string, options: DaySqlOptions): string {
  return `WITH ${trafficCtes(dt, options)},
${MEMBER_CTES},
${aggregateOver('group', 'grp')},
${aggregateOver('isp', 'isp')},
${LINK_ROWS_CTE},
all_rows AS (
  SELECT * FROM link_rows
  UNION ALL SELECT * FROM group_rows
  UNION ALL SELECT * FROM isp_rows
)
SELECT
  CAST(${dayLiteral(dt)} AS varchar) AS dt,
  CAST(level AS varchar) AS level,
  CAST(key AS varchar) AS key,
  CAST(peak_bps AS double) AS peak_bps,
  CAST(max_bps AS double) AS max_bps,
  CAST(mean_bps AS double) AS mean_bps,
  CAST(capacity_bps AS double) AS capacity_bps,
  CAST(samples AS bigint) AS samples
FROM all_rows
ORDER BY level, key`;
}

/** Clean samples and daily capacities of inventory links, with groups. */
const MEMBER_CTES = `member_ts AS (
  SELECT i.grp, i.isp, c.ts, c.out_bps
  FROM clean c
  JOIN inv i ON i.link_id = c.link_id
),
member_cap AS (
  SELECT i.grp, i.isp, k.capacity_bps
  FROM link_cap k
  JOIN inv i ON i.link_id = k.link_id
)`;

/** One row per link seen in traffic; NULL peaks when no sample is good. */
const LINK_ROWS_CTE = `link_rows AS (
  SELECT
    'link' AS level,
    k.link_id AS key,
    approx_percentile(c.out_bps, 0.95) AS peak_bps,
    max(c.out_bps) AS max_bps,
    avg(c.out_bps) AS mean_bps,
    k.capacity_bps,
    count(c.out_bps) AS samples
  FROM link_cap k
  LEFT JOIN clean c ON c.link_id = k.link_id
  GROUP BY k.link_id, k.capacity_bps
)`;

/** CTEs `<level>_ts`, `<level>_cap` and `<level>_rows` for one level. */
function aggregateOver(level: 'group' | 'isp', column: string): string {
  return `${level}_ts AS (
  SELECT ${column} AS key, ts, sum(out_bps) AS bps
  FROM member_ts
  GROUP BY ${column}, ts
),
${level}_cap AS (
  SELECT ${column} AS key, sum(capacity_bps) AS capacity_bps
  FROM member_cap
  GROUP BY ${column}
),
${level}_rows AS (
  SELECT
    '${level}' AS level,
    s.key,
    approx_percentile(s.bps, 0.95) AS peak_bps,
    max(s.bps) AS max_bps,
    avg(s.bps) AS mean_bps,
    k.capacity_bps,
    count(*) AS samples
  FROM ${level}_ts s
  JOIN ${level}_cap k ON k.key = s.key
  GROUP BY s.key, k.capacity_bps
)`;
}
