import { dayLiteral, doubleLiteral } from './sql-literals.ts';

/** Options of the per-day SQL texts. */
export interface DaySqlOptions {
  /** A sample above capacity × this factor is a counter spike. */
  readonly spikeFactor: number;
}

/**
 * The common table expressions (Trino dialect) that read one `dt`
 * partition of raw traffic and sort its rows into good and bad:
 *
 * - `inv`: the inventory, one row per link, with its group key
 *   (`"group"`, or `isp/site/link_type` when empty) and its capacity;
 * - `classified`: every raw row with `bad` = `non_finite`, `negative`,
 *   `spike` or NULL, and `cap`, its capacity when finite and positive;
 * - `stamps`: one row per (link, ts) seen, with the largest good value
 *   and the number of good rows (more than one: extra duplicates);
 * - `clean`: one good sample per (link, ts), the samples the peaks use;
 * - `link_rows_seen`: each link's raw row count and largest valid capacity;
 * - `link_cap`: each link's daily capacity (its largest valid capacity
 *   that day, else the inventory's).
 *
 * Only the `dt` partition is read, so Athena scans one day.
 *
 * @param dt - the day, `YYYY-MM-DD`
 * @param options - the spike factor
 * @returns the CTE list, to follow `WITH`
 * @example
 * const sql = `WITH ${trafficCtes('2026-01-01', { spikeFactor: 1.5 })}
 *   SELECT count(*) FROM clean`;
 */
export function trafficCtes(dt: string, options: DaySqlOptions): string {
  const factor = doubleLiteral(options.spikeFactor, 'spikeFactor');
  return `raw AS (
  SELECT ts, link_id, out_bps, capacity_bps
  FROM traffic
  WHERE dt = ${dayLiteral(dt)}
),
${INVENTORY_CTE},
classified AS (
  SELECT
    ts,
    link_id,
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
${SAMPLE_CTES}`;
}

/**
 * The inventory, one row per link, with its group key and capacity; fields
 * trimmed as the TypeScript parser trims them, so keys agree.
 */
const INVENTORY_CTE = `inv AS (
  SELECT
    trim(link_id) AS link_id,
    max(trim(isp)) AS isp,
    max(COALESCE(NULLIF(trim("group"), ''),
      trim(isp) || '/' || trim(site) || '/' || trim(link_type))) AS grp,
    max(try_cast(trim(capacity_bps) AS double)) AS inv_capacity
  FROM links
  GROUP BY trim(link_id)
)`;

/** Deduplicated good samples and each link's daily capacity. */
const SAMPLE_CTES = `stamps AS (
  SELECT
    link_id,
    ts,
    max(CASE WHEN bad IS NULL THEN out_bps END) AS out_bps,
    count_if(bad IS NULL) AS good_rows
  FROM classified
  WHERE ts IS NOT NULL
  GROUP BY link_id, ts
),
clean AS (
  SELECT ts, link_id, out_bps FROM stamps WHERE good_rows > 0
),
link_rows_seen AS (
  SELECT link_id, max(cap) AS cap, count(*) AS raw_rows
  FROM classified
  GROUP BY link_id
),
link_cap AS (
  SELECT k.link_id, COALESCE(k.cap, i.inv_capacity) AS capacity_bps
  FROM link_rows_seen k
  LEFT JOIN inv i ON i.link_id = k.link_id
)`;
