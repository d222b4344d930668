import { DAY_SECONDS, STEPS_SECONDS } from './link-step.ts';

/**
 * The timestamps a minute of the hour holds, in a day, to be full: one
 * in nine tenths of the day's hours (22 of 24). Every allowed interval
 * divides an hour, so a minute on a link's grid holds one an hour.
 */
export const FULL_MINUTE = Math.ceil((0.9 * DAY_SECONDS) / 3600);

/** The pollers a link's day may be read as having: a second, a third. */
const MAX_POLLERS = 3;

/** The divisors of an hour, in minutes: the shifts a set of minutes may repeat by. */
const SHIFTS = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30];

/**
 * The aggregates `polledStep` reads, over rows of timestamps counted per
 * minute of the hour (`minute`, `count`, as SQL): the full minutes
 * (`FULL_MINUTE`) as bits of a bigint (`full_minutes`), how many
 * (`full_count`), and the timestamps they hold (`on_full`). Sums over at
 * most 60 rows a link and day, never the rows themselves
 * (docs/architecture.md "Rolling up").
 *
 * @example
 * fullMinuteAggregates('m', 'seen');
 */
export function fullMinuteAggregates(minute: string, count: string): string {
  const full = `${count} >= ${FULL_MINUTE}`;
  return `bitwise_or_agg(CASE WHEN ${full}
      THEN bitwise_left_shift(CAST(1 AS bigint), ${minute})
      ELSE CAST(0 AS bigint) END) AS full_minutes,
    count_if(${full}) AS full_count,
    sum(CASE WHEN ${full} THEN ${count} ELSE 0 END) AS on_full`;
}

/** Whether the minutes `bits` (as SQL) repeat every `shift` minutes. */
function repeats(bits: string, shift: number): string {
  if (shift === 60) return 'TRUE';
  const low = (1n << BigInt(60 - shift)) - 1n;
  return `bitwise_left_shift(bitwise_and(${bits}, ${low}), ${shift})
      + bitwise_right_shift(${bits}, ${60 - shift}) = ${bits}`;
}

/**
 * A link's interval when it is polled twice or thrice, in seconds, else
 * NULL: the allowed interval S > 60 s whose grid its day's full minutes
 * (`fullMinuteAggregates`) repeat on, and on no shorter shift, where
 * they hold 99 % of its timestamps (as `stepOf`, so that a stray sample
 * does not undo it) and make up two or three of S's phases. A 5-minute
 * link polled at :00, :05, … and :01, :06, … all day is then a 5-minute
 * link of two pollers, not a 1-minute link missing three samples in
 * five. A 1-minute link's gaps never read so: missing most odd minutes,
 * its full minutes are the even ones, one phase (and its odd minutes'
 * timestamps more than 1 %); missing a random 30 %, no minute is full.
 * On four or more phases, a link reads as a shorter interval's with gaps
 * (docs/architecture.md "Data contracts").
 *
 * @param p - the relation of `fullMinuteAggregates` and `seen`, as SQL
 * @returns a CASE expression, in seconds or NULL
 * @example
 * polledStep('a'); // 'CASE WHEN a.on_full < 0.99 * a.seen THEN NULL …'
 */
export function polledStep(p: string): string {
  const bits = `${p}.full_minutes`;
  const whens = STEPS_SECONDS.filter((step) => step > 60).map((step) => {
    const k = step / 60;
    const shorter = SHIFTS.filter((s) => s < k && k % s === 0);
    const phases = (n: number) => (n * 60) / k;
    return `WHEN ${repeats(bits, k)}
        AND NOT (${shorter.map((s) => repeats(bits, s)).join(' OR ')})
        AND ${p}.full_count BETWEEN ${phases(2)} AND ${phases(MAX_POLLERS)}
        THEN ${step}`;
  });
  return `CASE WHEN ${p}.on_full < 0.99 * ${p}.seen THEN NULL
      ${whens.join('\n      ')}
      END`;
}
