import { dayLiteral } from './sql-literals.ts';
import { type DaySqlOptions, trafficCtes } from './traffic-ctes.ts';

/** Seconds in a day, for the expected number of samples. */
const DAY_SECONDS = 86_400;
/** The usual sample interval, assumed when no allowed one fits. */
const DEFAULT_STEP_SECONDS = 300;

/**
 * The `quality_daily` rows of one day (Trino dialect): bad traffic rows
 * counted per link and kind (`QUALITY_KINDS`), so that nothing is dropped
 * silently (DESIGN.md "Decisions taken"). A row counts once, under the
 * first kind that applies: `non_finite`, `negative`, `spike`, then
 * `duplicate` (extra copies of a good (link, ts)); `zero` counts the kept
 * zero samples; `unknown_link` every row of a link not in the inventory;
 * `missing_samples` the expected samples (a day over the link's sample
 * interval, inferred from its timestamps) minus the distinct `ts` seen.
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

/** Sample intervals the contract allows, longest first (seconds). */
const STEPS_SECONDS = [3_600, 1_800, 900, 600, 300, 120, 60];

/**
 * CTEs ending in `link_steps (link_id, seen, expected)`. Samples are
 * aligned to their interval on the clock, so a link's step is the longest
 * allowed interval that divides the time of day of (nearly) all its
 * timestamps: 99 %, so that a stray sample does not shrink it. A sort-free
 * aggregate, where the gaps between sorted timestamps cost a window.
 */
function missingSamplesCtes(): string {
  const cases = STEPS_SECONDS.map(
    (step) =>
      `WHEN count_if(second_of_day % ${step} = 0) >= 0.99 * count(*) ` +
      `THEN ${step}`,
  ).join('\n      ');
  return `stamp_seconds AS (
  SELECT link_id, hour(ts) * 3600 + minute(ts) * 60 + second(ts)
    AS second_of_day
  FROM stamps
),
link_steps AS (
  SELECT link_id, seen, CAST(${DAY_SECONDS} / step AS bigint) AS expected
  FROM (
    SELECT link_id, count(*) AS seen, CASE
      ${cases}
      ELSE ${DEFAULT_STEP_SECONDS} END AS step
    FROM stamp_seconds
    GROUP BY link_id
  ) steps
)`;
}
