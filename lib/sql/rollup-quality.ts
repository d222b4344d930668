import { QUALITY_KINDS } from '#lib/domain/vocabulary';
import { LINK_NUMBERS } from './link-numbers.ts';
import { countAt, DAY_SECONDS, stepOf } from './link-step.ts';
import { PER_LINK_CTES } from './rollup-quality-per-link.ts';

/**
 * The `quality_daily` rows of a batch of days (Trino dialect), from the
 * batch's `rollup_stamps` (`rollupStageSql`): bad traffic rows counted
 * per day, link and kind (`QUALITY_KINDS`), so that nothing is dropped
 * silently. A row counts once, under the first kind that applies:
 * `wrong_partition` (its `ts` is not on its folder's day), `non_finite`,
 * `negative`, `spike`, then `duplicate` (extra copies of a good
 * (link, ts)); `zero` counts the kept zero samples; `unaligned` the good
 * rows whose `ts` was off the minute (the stage moved them to the
 * nearest minute, so that they add up with their bundle's other links)
 * and the good samples on the minute but off the clock's grid of the
 * link's interval (00:07 for a 5-minute link): the poller's clock is
 * worth fixing; `capacity_replaced` the rows whose
 * `capacity_bps` the stage replaced by the inventory's
 * (`CAPACITY_REPLACED`: a collector writing kbps, a glitch of 1e18);
 * `unknown_link` every row of a link not in the inventory; a row without a `link_id` (NULL or
 * empty) counts as `unknown_link` only, under a NULL `link_id`, since it
 * belongs to no link; `missing_samples` the expected
 * samples (a day over the link's sample interval, inferred from its
 * timestamps) minus the distinct `ts` seen on its grid;
 * `second_poller` those of a link polled twice or thrice
 * (`polledStep`) off its grid: a second poller's. `dt` is the last column.
 *
 * A link's interval is the longest allowed one that (nearly) all its
 * timestamps are whole intervals apart on: 99 %, so that a stray sample
 * does not shrink it. Samples should be aligned to their interval on the
 * clock, but a poller late by the same minutes each time (:02, :07, …)
 * keeps its interval here (`phaseStepCounts`): on the clock's grid it
 * read as a 1-minute link missing four samples in five.
 *
 * The stamps are read once, since Athena runs the stage again at each
 * reading (docs/architecture.md, "Rolling up"): summed per link and day
 * (a stamp is one timestamp, whatever kinds of rows it has), then
 * pivoted into one row per kind.
 *
 * @returns a SELECT with columns `link_id, kind, count, dt`
 * @example
 * const outputs = [{ table: 'quality_daily', select: rollupQualitySql() }];
 */
export function rollupQualitySql(): string {
  return `WITH ${LINK_NUMBERS},
${PER_LINK_CTES},
${COUNTS_CTE}
SELECT
  CAST(COALESCE(n.link_id, c.other_id) AS varchar) AS link_id,
  CAST(c.kind AS varchar) AS kind,
  CAST(c.n AS bigint) AS "count",
  CAST(c.day AS varchar) AS dt
FROM counts c
LEFT JOIN link_numbers n ON n.link_no = c.link_no
WHERE c.n > 0`;
}

/** A link's sample interval (`stepOf`), on `per_link` `p`. */
const STEP_OF_LINK = stepOf((step) => `p.on_${step}`, 'p.seen');

/** Its interval, polled twice or thrice (`polledStep`) or not. */
const LINK_STEP = `COALESCE(p.polled_step, ${STEP_OF_LINK})`;

/** The timestamps on a link's grid (all of a link not polled twice). */
const ON_GRID = `CASE WHEN p.polled_step IS NULL THEN p.seen
          ELSE ${countAt('p.polled_step', 'p.on')} END`;

/**
 * Its good samples on the minute but off the clock's grid: of a link
 * polled twice, those of its own grid alone, the other pollers' counted
 * as `second_poller`.
 */
const OFF_CLOCK = `CASE
          WHEN p.polled_step IS NULL
            THEN p.on_minute - ${countAt(STEP_OF_LINK, 'p.clock')}
          WHEN p.phase % (p.polled_step / 60) = 0 THEN 0
          ELSE ${countAt('p.polled_step', 'p.own')} END`;

/**
 * The good samples of a link polled twice or thrice off its own grid:
 * its other pollers'. A bad row's (negative, spike, not finite) is
 * counted under its own kind alone, not again here.
 */
const SECOND_POLLER = `CASE WHEN p.polled_step IS NULL THEN 0
          ELSE p.good - ${countAt('p.polled_step', 'p.good')} END`;

/** `per_link` pivoted into one row per kind (`counts`). */
const COUNTS_CTE = `counts AS (
  SELECT
    p.day,
    p.link_no,
    p.other_id,
    k.kind,
    CASE
      WHEN p.link_no IS NULL AND p.other_id IS NULL THEN
        CASE WHEN k.kind = 'unknown_link' THEN p.raw_rows END
      WHEN p.wrong THEN CASE WHEN k.kind = 'wrong_partition' THEN p.raw_rows END
      WHEN k.kind = 'non_finite' THEN p.non_finite
      WHEN k.kind = 'negative' THEN p.negative
      WHEN k.kind = 'spike' THEN p.spike
      WHEN k.kind = 'duplicate' THEN p.duplicate
      WHEN k.kind = 'zero' THEN p.zero
      WHEN k.kind = 'unaligned' THEN p.unaligned + ${OFF_CLOCK}
      WHEN k.kind = 'capacity_replaced' THEN p.cap_replaced
      WHEN k.kind = 'unknown_link' AND p.link_no IS NULL THEN p.raw_rows
      WHEN k.kind = 'missing_samples' AND p.seen > 0 THEN
        CAST(${DAY_SECONDS} / ${LINK_STEP} AS bigint) - ${ON_GRID}
      WHEN k.kind = 'second_poller' THEN ${SECOND_POLLER}
    END AS n
  FROM per_link p
  CROSS JOIN (
    VALUES ${QUALITY_KINDS.map((kind) => `('${kind}')`).join(', ')}
  ) AS k (kind)
)`;
