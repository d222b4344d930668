import { STAMP_CTES } from './rollup-stage.ts';

/** Seconds in a day, for the expected number of samples. */
const DAY_SECONDS = 86_400;
/** The usual sample interval, assumed when no allowed one fits. */
const DEFAULT_STEP_SECONDS = 300;
/** Sample intervals the contract allows, longest first (seconds). */
const STEPS_SECONDS = [3_600, 1_800, 900, 600, 300, 120, 60];

/**
 * The `quality_daily` rows of a batch of days (Trino dialect), from the
 * batch's `rollup_stamps` (`rollupStageSql`): bad traffic rows counted
 * per day, link and kind (`QUALITY_KINDS`), so that nothing is dropped
 * silently. A row counts once, under the first kind that applies:
 * `wrong_partition` (its `ts` is not on its folder's day), `non_finite`,
 * `negative`, `spike`, then `duplicate` (extra copies of a good
 * (link, ts)); `zero` counts the kept zero samples; `unknown_link` every
 * row of a link not in the inventory; `missing_samples` the expected
 * samples (a day over the link's sample interval, inferred from its
 * timestamps) minus the distinct `ts` seen. `dt` is the last column.
 *
 * A link's interval is the longest allowed one that divides the time of
 * day of (nearly) all its timestamps: 99 %, so that a stray sample does
 * not shrink it (samples are aligned to their interval on the clock).
 *
 * @returns a SELECT with columns `link_id, kind, count, dt`
 * @example
 * const outputs = [{ table: 'quality_daily', select: rollupQualitySql() }];
 */
export function rollupQualitySql(): string {
  const stepCounts = STEPS_SECONDS.map(
    (step) => `count_if(second_of_day % ${step} = 0) AS on_${step}`,
  ).join(',\n    ');
  const stepCases = STEPS_SECONDS.map(
    (step) => `WHEN on_${step} >= 0.99 * seen THEN ${step}`,
  ).join('\n      ');
  return `WITH ${STAMP_CTES},
per_link AS (
  SELECT
    dt,
    link_id,
    sum(raw_rows) AS raw_rows,
    sum(non_finite) AS non_finite,
    sum(negative) AS negative,
    sum(spike) AS spike,
    sum(CASE WHEN good_rows > 1 THEN good_rows - 1 ELSE 0 END) AS duplicate,
    count_if(good_rows > 0 AND out_bps = 0) AS zero,
    count(ts) AS seen,
    ${stepCounts}
  FROM (
    SELECT *, hour(ts) * 3600 + minute(ts) * 60 + second(ts) AS second_of_day
    FROM kept
  ) k
  GROUP BY dt, link_id
),
wrong AS (
  SELECT dt, link_id, sum(raw_rows) AS n
  FROM rollup_stamps
  WHERE wrong
  GROUP BY dt, link_id
),
expected AS (
  SELECT dt, link_id, CAST(${DAY_SECONDS} / CASE
      ${stepCases}
      ELSE ${DEFAULT_STEP_SECONDS} END AS bigint) AS n
  FROM per_link
  WHERE seen > 0
),
counts AS (
  SELECT dt, link_id, 'wrong_partition' AS kind, n FROM wrong
  UNION ALL SELECT dt, link_id, 'non_finite', non_finite FROM per_link
  UNION ALL SELECT dt, link_id, 'negative', negative FROM per_link
  UNION ALL SELECT dt, link_id, 'spike', spike FROM per_link
  UNION ALL SELECT dt, link_id, 'duplicate', duplicate FROM per_link
  UNION ALL SELECT dt, link_id, 'zero', zero FROM per_link
  UNION ALL
  SELECT p.dt, p.link_id, 'unknown_link', p.raw_rows
  FROM per_link p LEFT JOIN inv i ON i.link_id = p.link_id
  WHERE i.link_id IS NULL
  UNION ALL
  SELECT e.dt, e.link_id, 'missing_samples', e.n - p.seen
  FROM expected e
  JOIN per_link p ON p.dt = e.dt AND p.link_id = e.link_id
)
SELECT
  CAST(link_id AS varchar) AS link_id,
  CAST(kind AS varchar) AS kind,
  CAST(n AS bigint) AS "count",
  CAST(dt AS varchar) AS dt
FROM counts
WHERE n > 0`;
}
