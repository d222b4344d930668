/** The usual sample interval, assumed when no allowed one fits. */
const DEFAULT_STEP_SECONDS = 300;

/** Seconds in a day: the expected samples, the day's last interval. */
export const DAY_SECONDS = 86_400;

/** Sample intervals the contract allows, longest first (seconds). */
export const STEPS_SECONDS = [3_600, 1_800, 900, 600, 300, 120, 60];

/**
 * The good samples a link needs in a day for its interval to set its
 * group's and ISP's (`LEVEL_STEPS`): a link with a sample or two on the
 * hour is no hourly link, and would otherwise make its bundle's samples
 * hourly; nor does a link whose samples were all set aside (a 10-minute
 * link of spikes) make its siblings' 5-minute samples 10-minute means.
 */
export const STEP_MIN_SAMPLES = 12;

/** The second of the day of a timestamp expression (Trino). */
export const secondOfDay = (ts: string) =>
  `hour(${ts}) * 3600 + minute(${ts}) * 60 + second(${ts})`;

/**
 * A link's sample interval as a CASE over its day's counts: the longest
 * allowed interval that (nearly) all its timestamps fall on, 99 %, so
 * that a stray sample does not shrink it. The counts say on which grid:
 * the clock's (`stepCounts`; samples should be aligned to their interval
 * on the clock) or the link's own phase (`phaseStepCounts`, a poller
 * late by the same minutes; docs/architecture.md "Data contracts").
 *
 * @param onStep - the count of timestamps on a step's grid, as SQL
 * @param seen - the count of timestamps, as SQL
 * @returns a CASE expression, in seconds
 * @example
 * stepOf((s) => `p.on_${s}`, 'p.seen');
 */
export function stepOf(onStep: (step: number) => string, seen: string) {
  return `CASE
          ${STEPS_SECONDS.map(
            (step) => `WHEN ${onStep(step)} >= 0.99 * ${seen} THEN ${step}`,
          ).join('\n          ')}
          ELSE ${DEFAULT_STEP_SECONDS} END`;
}

/**
 * The aggregates `phaseStepOf` reads: the minutes of the hour the
 * timestamps (`ts`, as SQL) fall on, as bits of a bigint (`minutes`),
 * and the first of them (`first_minute`). One bit per minute, not a
 * count: cheap enough for the per-link grouping of the series, which
 * reads every timestamp (docs/architecture.md "Rolling up").
 */
export function phaseAggregates(ts: string): string {
  return `bitwise_or_agg(bitwise_left_shift(CAST(1 AS bigint), minute(${ts})))
      AS minutes,
    min(minute(${ts})) AS first_minute`;
}

/**
 * The longest allowed interval whose one phase holds every minute a link
 * used (`phaseAggregates`, as SQL), in seconds, else 60: 300 for a poller
 * at :02, :07, … . Strict, unlike `stepOf`: a stray sample gives 60,
 * and the clock's interval then decides.
 *
 * @example
 * phaseStepOf('p.minutes', 'p.first_minute');
 */
export function phaseStepOf(minutes: string, first: string): string {
  return `CASE
          ${STEPS_SECONDS.map((step) => {
            const k = step / 60;
            const grid = Array.from(
              { length: 60 / k },
              (_, i) => 1n << BigInt(i * k),
            ).reduce((a, b) => a | b);
            const phase = `bitwise_left_shift(CAST(${grid} AS bigint), ${first} % ${k})`;
            return `WHEN bitwise_and(${minutes}, ${phase}) = ${minutes} THEN ${step}`;
          }).join('\n          ')}
          ELSE 60 END`;
}

/**
 * The aggregates `stepOf` reads (`on_3600`, …), counting the timestamps
 * (`ts`, as SQL) on each allowed interval's grid by their minute alone:
 * the stage puts every timestamp on the minute (`ALIGNED_TS`), and every
 * allowed interval divides an hour, so the hour and the second are not
 * read on every row.
 *
 * @example
 * stepCounts('ts'); // 'count_if(minute(ts) % 60 = 0) AS on_3600, …'
 */
export function stepCounts(ts: string): string {
  return STEPS_SECONDS.map(
    (step) => `count_if(minute(${ts}) % ${step / 60} = 0) AS on_${step}`,
  ).join(',\n    ');
}

/**
 * The aggregates `stepOf` reads, as `stepCounts` but on the link's own
 * phase rather than the clock's: over rows of timestamps counted per
 * minute of the hour (`minute`, `count`, as SQL), those whose minute is
 * a whole number of intervals from `phase`, the link's most common
 * minute. A poller late by the same minutes each time (:02, :07, …)
 * then keeps its 5-minute interval; on the clock's grid it read as a
 * 1-minute link missing four samples in five. With `phase` 0 and another
 * `name`, the same sums count on the clock's grid.
 *
 * If one phase of an interval holds 99 % of a day's timestamps, the most
 * common minute is on it (each of its at most 60 minutes holds more than
 * the 1 % left), so the rule of `stepOf` finds the same interval as it
 * would trying every phase, and a tie for the most common minute changes
 * nothing.
 *
 * @example
 * phaseStepCounts('m', 'seen', 'phase');
 * // 'sum(CASE WHEN (m - phase) % 60 = 0 THEN seen ELSE 0 END) AS on_3600, …'
 */
export function phaseStepCounts(
  minute: string,
  count: string,
  phase: string,
  name = 'on',
): string {
  return STEPS_SECONDS.map(
    (step) =>
      `sum(CASE WHEN (${minute} - ${phase}) % ${step / 60} = 0 THEN ${count} ELSE 0 END) AS ${name}_${step}`,
  ).join(',\n    ');
}

/**
 * The count named `<name>_<step>` (`stepCounts`, `phaseStepCounts`) of
 * the interval `step` (as SQL, in seconds) as one CASE: the timestamps
 * on the grid of a link's own or its level's interval.
 *
 * @example
 * countAt('grp_step'); // 'CASE grp_step WHEN 3600 THEN on_3600 … END'
 */
export function countAt(step: string, name = 'on'): string {
  return `CASE ${step} ${STEPS_SECONDS.map(
    (s) => `WHEN ${s} THEN ${name}_${s}`,
  ).join(' ')} END`;
}
