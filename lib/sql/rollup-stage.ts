import { dayLiteral, doubleLiteral } from './sql-literals.ts';

/** Options of the rollup's SQL texts. */
export interface RollupSqlOptions {
  /** A sample above capacity × this factor is a counter spike. */
  readonly spikeFactor: number;
}

/**
 * The rollup's one pass over raw traffic (Trino dialect): the `dt`
 * partitions of a batch of days grouped into one row per link and
 * sample time, which both outputs (`rollupSeriesSql`,
 * `rollupQualitySql`) read as `rollup_stamps`. Columns:
 *
 * - `dt`: the folder's day; `wrong`: the rows' `ts` is not on that day
 *   (they are left out of everything and counted as `wrong_partition`);
 * - `link_id`, `ts` (NULL for rows without one);
 * - `raw_rows`, and among them `good_rows`, `non_finite`, `negative`,
 *   `spike` (the first kind that applies, in that order);
 * - `out_bps`: the largest good value (NULL when none is good);
 * - `cap`: the largest finite, positive capacity.
 *
 * Rows whose `ts` is on their folder's day are grouped by (link, ts)
 * alone, since the day follows from `ts`; the others (`odd_dt`) keep
 * their folder apart, so that each day's result depends only on the
 * day's own folder, whatever else is in the batch.
 *
 * @param days - the batch's days, `YYYY-MM-DD`
 * @param options - the spike factor
 * @returns a SELECT
 * @example
 * const stage = rollupStageSql(['2026-01-01'], { spikeFactor: 1.5 });
 */
export function rollupStageSql(
  days: readonly string[],
  options: RollupSqlOptions,
): string {
  const factor = doubleLiteral(options.spikeFactor, 'spikeFactor');
  return `WITH raw AS (
  SELECT
    ts,
    link_id,
    out_bps,
    capacity_bps,
    CASE WHEN ts IS NULL OR CAST(ts AS date) <> CAST(dt AS date)
      THEN dt END AS odd_dt
  FROM traffic
  WHERE dt IN (${dayList(days)})
),
classified AS (
  SELECT
    ts,
    link_id,
    odd_dt,
    out_bps,
    CASE WHEN is_finite(capacity_bps) AND capacity_bps > 0
      THEN capacity_bps END AS cap,
    CASE
      WHEN ts IS NULL OR out_bps IS NULL OR NOT is_finite(out_bps)
        THEN 'non_finite'
      WHEN out_bps < 0 THEN 'negative'
      WHEN is_finite(capacity_bps) AND capacity_bps > 0
        AND out_bps > capacity_bps * ${factor} THEN 'spike'
    END AS bad
  FROM raw
),
grouped AS (
  SELECT
    link_id,
    ts,
    odd_dt,
    count(*) AS raw_rows,
    count_if(bad IS NULL) AS good_rows,
    count_if(bad = 'non_finite') AS non_finite,
    count_if(bad = 'negative') AS negative,
    count_if(bad = 'spike') AS spike,
    max(CASE WHEN bad IS NULL THEN out_bps END) AS out_bps,
    max(cap) AS cap
  FROM classified
  GROUP BY link_id, ts, odd_dt
)
SELECT
  COALESCE(odd_dt, CAST(CAST(ts AS date) AS varchar)) AS dt,
  ts IS NOT NULL AND odd_dt IS NOT NULL AS wrong,
  link_id, ts, raw_rows, good_rows, non_finite, negative, spike,
  out_bps, cap
FROM grouped`;
}

/**
 * The days of a batch as a SQL list of literals, each checked.
 *
 * @param days - at least one `YYYY-MM-DD` day
 * @returns e.g. `'2026-01-01', '2026-01-02'`
 * @throws InputError for a day that is not `YYYY-MM-DD` or an empty list
 * @example
 * dayList(['2026-01-01']); // "'2026-01-01'"
 */
export function dayList(days: readonly string[]): string {
  if (days.length === 0) dayLiteral('', 'days');
  return days.map((dt) => dayLiteral(dt, 'days')).join(', ');
}

/**
 * The inventory as the pipeline wrote it (one typed row per link, keys
 * trimmed and defaulted in code, so both sides agree by construction),
 * and the day's kept stamps: the CTEs both outputs start with.
 */
export const STAMP_CTES = `inv AS (
  SELECT link_id, isp, grp, capacity_bps AS inv_capacity
  FROM inventory_links
),
kept AS (
  SELECT * FROM rollup_stamps WHERE NOT wrong
)`;
