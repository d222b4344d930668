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
kinds AS (
  SELECT
    day,
    link_no,
    other_id,
    sum(n) AS raw_rows,
    sum(CASE WHEN bad = 1 THEN n ELSE 0 END) AS non_finite,
    sum(CASE WHEN bad = 2 THEN n ELSE 0 END) AS negative,
    sum(CASE WHEN bad = 3 THEN n ELSE 0 END) AS spike,
    sum(CASE WHEN bad = 0 THEN n - 1 ELSE 0 END) AS duplicate,
    count_if(bad = 0 AND v = 0) AS zero
  FROM stamps
  WHERE NOT wrong
  GROUP BY day, link_no, other_id
),
seen_times AS (
  SELECT day, link_no, other_id, ts
  FROM stamps
  WHERE NOT wrong AND bad = 0
  UNION ALL
  SELECT DISTINCT b.day, b.link_no, b.other_id, b.ts
  FROM stamps b
  WHERE NOT b.wrong AND b.bad > 0 AND b.ts IS NOT NULL
    AND NOT EXISTS (
      SELECT 1
      FROM stamps g
      WHERE g.bad = 0 AND NOT g.wrong AND g.ts = b.ts
        AND COALESCE(g.link_no, 0) = COALESCE(b.link_no, 0)
        AND COALESCE(g.other_id, '') = COALESCE(b.other_id, '')
    )
),
times AS (
  SELECT
    day,
    link_no,
    other_id,
    count(*) AS seen,
    ${stepCounts}
  FROM (
    SELECT day, link_no, other_id,
      hour(ts) * 3600 + minute(ts) * 60 + second(ts) AS second_of_day
    FROM seen_times
  ) k
  GROUP BY day, link_no, other_id
),
wrong AS (
  SELECT day, link_no, other_id, sum(n) AS n
  FROM stamps
  WHERE wrong
  GROUP BY day, link_no, other_id
),
missing AS (
  SELECT day, link_no, other_id, CAST(${DAY_SECONDS} / CASE
      ${stepCases}
      ELSE ${DEFAULT_STEP_SECONDS} END AS bigint) - seen AS n
  FROM times
),
counts AS (
  SELECT day, link_no, other_id, 'wrong_partition' AS kind, n FROM wrong
  UNION ALL SELECT day, link_no, other_id, 'non_finite', non_finite FROM kinds
  UNION ALL SELECT day, link_no, other_id, 'negative', negative FROM kinds
  UNION ALL SELECT day, link_no, other_id, 'spike', spike FROM kinds
  UNION ALL SELECT day, link_no, other_id, 'duplicate', duplicate FROM kinds
  UNION ALL SELECT day, link_no, other_id, 'zero', zero FROM kinds
  UNION ALL
  SELECT day, link_no, other_id, 'unknown_link', raw_rows
  FROM kinds
  WHERE link_no IS NULL
  UNION ALL
  SELECT day, link_no, other_id, 'missing_samples', n FROM missing
)
SELECT
  CAST(COALESCE(n.link_id, c.other_id) AS varchar) AS link_id,
  CAST(c.kind AS varchar) AS kind,
  CAST(c.n AS bigint) AS "count",
  CAST(c.day AS varchar) AS dt
FROM counts c
LEFT JOIN link_numbers n ON n.link_no = c.link_no
WHERE c.n > 0`;
}
