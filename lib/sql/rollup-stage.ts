import { dayList } from './day-list.ts';
import { LINK_NUMBERS } from './link-numbers.ts';
import {
  ALIGNED_TS,
  CAPACITY_REPLACED,
  OFF_MINUTE,
  ROW_CAPACITY,
  SPIKE_CAPACITY,
} from './rollup-row-fixes.ts';
import { doubleLiteral } from './sql-literals.ts';

/** Options of the rollup's SQL texts. */
export interface RollupSqlOptions {
  /** A sample above capacity × this factor is a counter spike. */
  readonly spikeFactor: number;
}

/**
 * The rollup's one pass over raw traffic (Trino dialect): the `dt`
 * partitions of a batch of days grouped into one row per link and sample
 * time, which both outputs (`rollupSeriesSql`, `rollupQualitySql`) read
 * as `rollup_stamps` through `STAMPS`. Columns:
 *
 * - `odd_day` (a date): the folder's day for the rare rows whose `ts` is
 *   NULL or not on it (NULL otherwise); `STAMPS` turns it into `day`
 *   and `wrong` (a `ts` on another day: left out of everything and
 *   counted as `wrong_partition` under the folder's day);
 * - `link_no`: the link's number in the inventory (`LINK_NUMBERS`), or
 *   NULL with the id in `other_id` for a link the inventory lacks (NULL
 *   too for a row with no id, NULL or empty: it belongs to no link);
 * - `ts` (NULL for rows without one), at the nearest minute
 *   (`ALIGNED_TS`), so that samples a few seconds off the clock add up
 *   with their bundle's others;
 * - `n`: the rows;
 * - `non_finite`, `negative`, `spike`: the bad rows among them, each
 *   under the first kind that applies, in that order (the others are
 *   good: more than one good row is a duplicate); a spike is above the
 *   spike factor times the larger of the row's capacity and the
 *   inventory's (`SPIKE_CAPACITY`), so that a capacity too low on either
 *   side never sets real traffic aside;
 * - `v`: the largest good value rounded to a whole bit per second, NULL
 *   when no row is good: every sum of them (means, the samples of groups
 *   and ISPs summed per sample time, a finer link's share rounded again)
 *   is then exact, so whatever order the engine's threads add in, the
 *   same lake rolls up to the same bits (docs/architecture.md
 *   "Determinism");
 * - `cap`: the largest of the rows' capacities that the rollup takes
 *   (`ROW_CAPACITY`: finite, 1 Mbps to 50 Tbps, not SNMP `ifSpeed`'s
 *   ceiling, within 500 times the inventory's), NULL when none is;
 * - `unaligned`: the good rows whose `ts` was off the minute;
 * - `cap_replaced`: the rows whose capacity it did not take, for a link
 *   of the inventory (`CAPACITY_REPLACED`).
 *
 * This grouping has about one group per raw row, so it is kept narrow
 * (docs/architecture.md, "Rolling up"): numbers, not the link's text;
 * the folder's day only for the rows whose `ts` is not on it, which also
 * makes each day's result depend only on the day's own folder, whatever
 * else is in the batch. One row per timestamp, with a count per kind,
 * lets quality count each timestamp once without grouping again. The
 * kinds are counted with `count(CASE …)`, not `count_if`, whose count
 * DuckDB keeps as a 128-bit HUGEINT: with a group per row, every byte of
 * a group's state costs, and the stage took about a sixth less time
 * (docs/benchmarks.md).
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
  return `WITH ${LINK_NUMBERS},
${classifiedCte(days, options)}
SELECT
  odd_day,
  link_no,
  other_id,
  ts,
  count(*) AS n,
  count(CASE WHEN bad = 1 THEN 1 END) AS non_finite,
  count(CASE WHEN bad = 2 THEN 1 END) AS negative,
  count(CASE WHEN bad = 3 THEN 1 END) AS spike,
  round(max(CASE WHEN bad = 0 THEN out_bps END)) AS v,
  max(cap) AS cap,
  count(CASE WHEN bad = 0 AND off_minute THEN 1 END) AS unaligned,
  count(CASE WHEN cap_replaced THEN 1 END) AS cap_replaced
FROM classified
GROUP BY link_no, other_id, ts, odd_day`;
}

/**
 * The batch's raw rows (`classified`), each with its link's number, its
 * `ts` at the minute, its capacity when valid and its kind (`bad`: 0 good,
 * 1 non-finite, 2 negative, 3 spike).
 */
function classifiedCte(
  days: readonly string[],
  options: RollupSqlOptions,
): string {
  const factor = doubleLiteral(options.spikeFactor, 'spikeFactor');
  return `classified AS (
  SELECT
    CASE WHEN t.ts IS NULL OR CAST(t.ts AS date) <> CAST(t.dt AS date)
      THEN CAST(t.dt AS date) END AS odd_day,
    ${ALIGNED_TS} AS ts,
    ${OFF_MINUTE} AS off_minute,
    t.link_no,
    CASE WHEN t.link_no IS NULL THEN NULLIF(t.link_id, '') END AS other_id,
    t.out_bps,
    t.cap,
    ${CAPACITY_REPLACED} AS cap_replaced,
    CASE
      WHEN t.ts IS NULL OR t.out_bps IS NULL OR NOT is_finite(t.out_bps)
        THEN 1
      WHEN t.out_bps < 0 THEN 2
      WHEN t.out_bps > ${SPIKE_CAPACITY} * ${factor} THEN 3
      ELSE 0
    END AS bad
  FROM (
    SELECT t.ts, t.dt, t.link_id, t.out_bps, t.capacity_bps, n.link_no,
      n.inv_capacity, ${ROW_CAPACITY} AS cap
    FROM traffic t
    LEFT JOIN link_numbers n ON n.link_id = t.link_id
    WHERE t.dt IN (${dayList(days)})
  ) t
)`;
}
