import { dayLiteral } from './sql-literals.ts';
import { type DaySqlOptions, trafficCtes } from './traffic-ctes.ts';

/** Seconds in a day, for the expected number of samples. */
const DAY_SECONDS = 86_400;
/** The usual sample interval, assumed when a link has one sample. */
const DEFAULT_STEP_SECONDS = 300;
/** The longest sample interval the contract allows. */
const MAX_STEP_SECONDS = 3_600;

/**
 * The `quality_daily` rows of one day (Trino dialect): bad traffic rows
 * counted per link and kind (`QUALITY_KINDS`), so that nothing is dropped
 * silently (DESIGN.md "Decisions taken"). A row counts once, under the
 * first kind that applies: `non_finite`, `negative`, `spike`, then
 * `duplicate` (extra copies of a good (link, ts)); `zero` counts the kept
 * zero samples; `unknown_link` every row of a link not in the inventory;
 * `missing_samples` the expected samples (a day over the link's most
 * common step between samples) minus the distinct `ts` seen.
 *
 * @param dt - the day, `YYYY-MM-DD`
 * @param options - the spike factor (`dataQuality.spikeFactor`)
 * @returns a SELECT with columns `dt, link_id, kind, count`
 * @example
 * await engine.replacePartition('quality_daily', '2026-01-01',
 *   qualityDaySql('2026-01-01', { spikeFactor: 1.5 }));
 */
export function qualityDaySql(dt: string, options: DaySqlOptions): string {
  return `WITH ${trafficCtes(dt, options)},
${missingSamplesCtes()},
counts AS (
  SELECT link_id, bad AS kind, count(*) AS n
  FROM classified WHERE bad IS NOT NULL GROUP BY link_id, bad
  UNION ALL
  SELECT link_id, 'duplicate', sum(good_rows - 1)
  FROM stamps WHERE good_rows > 1 GROUP BY link_id
  UNION ALL
  SELECT link_id, 'zero', count(*)
  FROM clean WHERE out_bps = 0 GROUP BY link_id
  UNION ALL
  SELECT k.link_id, 'unknown_link', k.raw_rows
  FROM link_rows_seen k LEFT JOIN inv i ON i.link_id = k.link_id
  WHERE i.link_id IS NULL
  UNION ALL
  SELECT link_id, 'missing_samples', expected - seen
  FROM link_steps
)
SELECT
  CAST(${dayLiteral(dt)} AS varchar) AS dt,
  CAST(link_id AS varchar) AS link_id,
  CAST(kind AS varchar) AS kind,
  CAST(n AS bigint) AS "count"
FROM counts
WHERE n > 0
ORDER BY link_id, kind`;
}

/**
 * CTEs ending in `link_steps (link_id, seen, expected)`. The step is the
 * most common gap between a link's distinct timestamps (robust to gaps
 * and to a stray sample), capped at the contract's 3600 s.
 */
function missingSamplesCtes(): string {
  return `gaps AS (
  SELECT
    link_id,
    date_diff('second', lag(ts) OVER (PARTITION BY link_id ORDER BY ts), ts)
      AS step
  FROM stamps
),
step_counts AS (
  SELECT link_id, step, count(*) AS n
  FROM gaps WHERE step > 0 GROUP BY link_id, step
),
modal_steps AS (
  SELECT link_id, step FROM (
    SELECT link_id, step,
      row_number() OVER (PARTITION BY link_id ORDER BY n DESC, step) AS rank_no
    FROM step_counts
  ) ranked
  WHERE rank_no = 1
),
link_steps AS (
  SELECT
    s.link_id,
    count(*) AS seen,
    CAST(floor(${DAY_SECONDS}.0 / least(COALESCE(max(m.step),
      ${DEFAULT_STEP_SECONDS}), ${MAX_STEP_SECONDS})) AS bigint) AS expected
  FROM stamps s
  LEFT JOIN modal_steps m ON m.link_id = s.link_id
  GROUP BY s.link_id
)`;
}
