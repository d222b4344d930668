import type { Evaluation } from '#lib/domain/evaluation';

/**
 * Whether the utilization now (the busiest day of the last week) already
 * reaches `ratio` of capacity. The report then says so where it would
 * give the forecast's first day over the threshold: with a weekly
 * pattern that day may be a busier weekday ahead, and "critical on
 * Friday" beside "88 % now" reads as if 85 % were not reached yet. The
 * decision's dates (order-by, the backtest's) stay the forecast's.
 *
 * @param e - the evaluation
 * @param ratio - a threshold (`e.warning`, `e.critical`, 1)
 * @returns true when the current peak is at or over it
 * @example
 * reachedNow({ utilization: 0.888 }, 0.85); // true
 */
export function reachedNow(
  e: Pick<Evaluation, 'utilization'>,
  ratio: number,
): boolean {
  return e.utilization >= ratio;
}
