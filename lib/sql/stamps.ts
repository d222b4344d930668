/**
 * The rollup stage's rows (`rollupStageSql`, held as `rollup_stamps`) as
 * the outputs read them, a subquery to alias in a FROM: each row with its `day` (the rows' own, or the folder's for rows
 * without a `ts` or on another day) and `wrong` (a `ts` on another day
 * than its folder's).
 *
 * Each reading repeats this subquery instead of sharing one WITH query:
 * DuckDB copies a WITH query that is read twice into memory before
 * either reading starts, which took a third to a half of series' time
 * (docs/benchmarks.md). Trino runs a WITH query again at each reading
 * anyway (docs/architecture.md "Rolling up"), so on Athena both are the
 * same.
 *
 * @example
 * `SELECT day, sum(n) AS rows FROM ${STAMPS} s GROUP BY day`;
 */
export const STAMPS = `(
  SELECT
    COALESCE(odd_day, CAST(ts AS date)) AS day,
    ts IS NOT NULL AND odd_day IS NOT NULL AS wrong,
    link_no,
    other_id,
    ts,
    n,
    non_finite,
    negative,
    spike,
    v,
    cap,
    unaligned,
    cap_replaced
  FROM rollup_stamps
)`;
