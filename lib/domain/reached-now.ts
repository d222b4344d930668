import type { Evaluation } from './evaluation.ts';

/**
 * Whether the utilization now (the busiest day of the last week) already
 * reaches `ratio` of capacity. The report then says so where it would
 * give the forecast's first day over the threshold: with a weekly
 * pattern that day may be a busier weekday ahead, and "critical on
 * Friday" beside "88 % now" reads as if 85 % were not reached yet. The
 * decision's dates (order-by, the backtest's) stay the forecast's. A
 * bundle a what-if has wholly down today (no capacity: an infinite
 * utilization) has reached nothing an augment could relieve: the reports
 * name its outage instead (`Evaluation.outages`).
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
  return Number.isFinite(e.utilization) && e.utilization >= ratio;
}

/**
 * The day a threshold is reached as the reports give it: today where
 * the utilization now reaches it already (`reachedNow`), else the
 * forecast's first day over it (`date`), undefined when it stays below
 * within the horizon. The data files' dates, the need date of an order
 * and the overview's sort all read it, so that they agree.
 *
 * @param e - the evaluation
 * @param ratio - a threshold (`e.warning`, `e.critical`, 1)
 * @param date - the forecast's first day at or over it
 * @param asOf - the run's date
 * @returns a `YYYY-MM-DD` date, or undefined
 * @example
 * reachedOn({ utilization: 0.9 }, 0.85, '2026-12-09', '2026-12-06');
 * // '2026-12-06'
 */
export function reachedOn(
  e: Pick<Evaluation, 'utilization'>,
  ratio: number,
  date: string | undefined,
  asOf: string,
): string | undefined {
  return reachedNow(e, ratio) ? asOf : date;
}

/**
 * Utilization: the current peak over capacity. No capacity left (a
 * what-if outage) with traffic is no finite ratio: infinity.
 *
 * @param peakBps - the current peak (bps)
 * @param capacityBps - the capacity (bps)
 * @returns the ratio, e.g. 0.888
 * @example
 * utilizationOf(88.8e9, 100e9); // 0.888
 */
export function utilizationOf(peakBps: number, capacityBps: number): number {
  if (capacityBps > 0) return peakBps / capacityBps;
  return peakBps > 0 ? Number.POSITIVE_INFINITY : 0;
}
