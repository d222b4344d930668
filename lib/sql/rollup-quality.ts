import { QUALITY_KINDS } from '#lib/domain/vocabulary';
import { LINK_NUMBERS } from './link-numbers.ts';
import {
  DAY_SECONDS,
  phaseStepCounts,
  STEPS_SECONDS,
  stepOf,
} from './link-step.ts';
import { STAMPS } from './rollup-stage.ts';

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
 * timestamps) minus the distinct `ts` seen. `dt` is the last column.
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
${perLinkCte()},
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

/**
 * The stamps summed per link and day (`per_link`): the rows of each
 * kind, the timestamps seen, and how many of them fall on each allowed
 * sample interval from the link's own phase (`phaseStepCounts`), for
 * `missing_samples`. They are summed per minute of the hour first
 * (`per_minute`, at most 60 rows a link and day), whose most common
 * minute is the link's phase: a window over them, so that Athena runs
 * the stage once.
 */
function perLinkCte(): string {
  return `per_minute AS (
  SELECT
    day,
    wrong,
    link_no,
    other_id,
    minute(ts) AS m,
    sum(n) AS raw_rows,
    sum(non_finite) AS non_finite,
    sum(negative) AS negative,
    sum(spike) AS spike,
    sum(CASE WHEN v IS NOT NULL
      THEN n - non_finite - negative - spike - 1 ELSE 0 END) AS duplicate,
    count_if(v = 0) AS zero,
    sum(unaligned) AS unaligned,
    count(CASE WHEN v IS NOT NULL AND unaligned = 0 THEN 1 END) AS on_minute,
    sum(cap_replaced) AS cap_replaced,
    count(ts) AS seen
  FROM ${STAMPS} k
  GROUP BY day, wrong, link_no, other_id, minute(ts)
),
per_link AS (
  SELECT
    day,
    wrong,
    link_no,
    other_id,
    sum(raw_rows) AS raw_rows,
    sum(non_finite) AS non_finite,
    sum(negative) AS negative,
    sum(spike) AS spike,
    sum(duplicate) AS duplicate,
    sum(zero) AS zero,
    sum(unaligned) AS unaligned,
    sum(on_minute) AS on_minute,
    sum(cap_replaced) AS cap_replaced,
    sum(seen) AS seen,
    ${phaseStepCounts('m', 'seen', 'phase')},
    ${phaseStepCounts('m', 'on_minute', '0', 'clock')}
  FROM (
    SELECT
      *,
      max_by(m, seen) OVER (PARTITION BY day, wrong, link_no, other_id)
        AS phase
    FROM per_minute
  ) q
  GROUP BY day, wrong, link_no, other_id
)`;
}

/** A link's sample interval (`stepOf`), on `per_link` `p`. */
const STEP_OF_LINK = stepOf((step) => `p.on_${step}`, 'p.seen');

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
      WHEN k.kind = 'unaligned' THEN p.unaligned + p.on_minute
        - CASE ${STEP_OF_LINK} ${STEPS_SECONDS.map(
          (step) => `WHEN ${step} THEN p.clock_${step}`,
        ).join(' ')} END
      WHEN k.kind = 'capacity_replaced' THEN p.cap_replaced
      WHEN k.kind = 'unknown_link' AND p.link_no IS NULL THEN p.raw_rows
      WHEN k.kind = 'missing_samples' AND p.seen > 0 THEN
        CAST(${DAY_SECONDS} / ${STEP_OF_LINK} AS bigint) - p.seen
    END AS n
  FROM per_link p
  CROSS JOIN (
    VALUES ${QUALITY_KINDS.map((kind) => `('${kind}')`).join(', ')}
  ) AS k (kind)
)`;
