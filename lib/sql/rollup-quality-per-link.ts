import { phaseStepCounts, STEP_MIN_SAMPLES } from './link-step.ts';
import { fullMinuteAggregates, polledStep } from './poll-phases.ts';
import { STAMPS } from './stamps.ts';

/** A link's day, as a window over `per_minute`. */
const LINK_DAY = '(PARTITION BY day, wrong, link_no, other_id)';

/** The counts of `per_minute`, summed again in `per_link`. */
const PER_MINUTE_COUNTS = [
  'raw_rows',
  'non_finite',
  'negative',
  'spike',
  'duplicate',
  'zero',
  'unaligned',
  'on_minute',
  'cap_replaced',
  'seen',
  'good',
];

/**
 * The stamps summed per link and day (`per_link`): the rows of each
 * kind, the timestamps seen, and how many of them fall on each allowed
 * sample interval from the link's own phase (`phaseStepCounts`), for
 * `missing_samples`; of its good timestamps with every row on the
 * minute (`on_minute`), those on each interval's clock grid
 * (`clock_3600`, …) and its own (`own_3600`, …), for `unaligned`; its
 * full minutes (`fullMinuteAggregates`), whence `polled_step`, the
 * interval of a link polled twice or thrice (`polledStep`). They are
 * summed per minute of the hour first (`per_minute`, at most 60 rows a
 * link and day), whose most common minute (the earliest of a tie) is the
 * link's `phase`: a window over them, so that Athena
 * runs the stage once (docs/architecture.md "Data contracts"). A link
 * with fewer than `STEP_MIN_SAMPLES` timestamps that day is on the
 * clock's phase: one sample at 10:05 made it an hourly link at :05.
 *
 * @example
 * const sql = `WITH ${PER_LINK_CTES} SELECT * FROM per_link`;
 */
export const PER_LINK_CTES = `per_minute AS (
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
    count(ts) AS seen,
    count(CASE WHEN v IS NOT NULL THEN 1 END) AS good
  FROM ${STAMPS} k
  GROUP BY day, wrong, link_no, other_id, minute(ts)
),
per_link AS (
  SELECT *, ${polledStep('a')} AS polled_step
  FROM (
  SELECT
    day,
    wrong,
    link_no,
    other_id,
    ${PER_MINUTE_COUNTS.map((c) => `sum(${c}) AS ${c}`).join(',\n    ')},
    ${phaseStepCounts('m', 'seen', 'phase')},
    ${phaseStepCounts('m', 'on_minute', '0', 'clock')},
    ${phaseStepCounts('m', 'on_minute', 'phase', 'own')},
    ${phaseStepCounts('m', 'good', 'phase', 'good')},
    min(phase) AS phase,
    ${fullMinuteAggregates('m', 'seen')}
  FROM (
    SELECT
      *,
      CASE WHEN sum(seen) OVER ${LINK_DAY} >= ${STEP_MIN_SAMPLES}
        THEN max_by(m, seen * 60 - m) OVER ${LINK_DAY} ELSE 0 END AS phase
    FROM per_minute
  ) q
  GROUP BY day, wrong, link_no, other_id
  ) a
)`;
