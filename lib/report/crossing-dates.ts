import type { Evaluation } from '#lib/domain/evaluation';
import { reachedOn } from '#lib/domain/reached-now';

/** The data files' columns of the days a series reaches its thresholds. */
export interface CrossingDates {
  readonly warning_date: string | null;
  readonly warning_date_upper: string | null;
  readonly critical_date: string | null;
  readonly critical_date_upper: string | null;
  readonly full_date: string | null;
  readonly full_date_upper: string | null;
}

/**
 * The days the forecast reaches warning, critical and full capacity, the
 * mean's and the upper bound's, as the data files give them: a threshold
 * the utilization now reaches already is reached today (`asOf`), as the
 * pages and emails say "reached" (`reachedNow`), not on the forecast's
 * first day over it, which with a weekly pattern may be a busier weekday
 * ahead, or none when the forecast stays below. Otherwise the forecast's
 * day, `null` when it stays below within the horizon. The order-by date
 * is the decision's and is not changed (docs/architecture.md "Data
 * contracts").
 *
 * @param e - the evaluation
 * @param asOf - the run's date
 * @returns the six date columns
 * @example
 * crossingDates({ ...e, utilization: 0.78, warning: 0.7,
 *   warningDate: '2026-12-07' }, '2026-12-06').warning_date; // '2026-12-06'
 */
export function crossingDates(
  e: Pick<
    Evaluation,
    | 'utilization'
    | 'warning'
    | 'critical'
    | 'warningDate'
    | 'warningDateUpper'
    | 'criticalDate'
    | 'criticalDateUpper'
    | 'fullDate'
    | 'fullDateUpper'
  >,
  asOf: string,
): CrossingDates {
  const on = (ratio: number, date: string | undefined) =>
    reachedOn(e, ratio, date, asOf) ?? null;
  return {
    warning_date: on(e.warning, e.warningDate),
    warning_date_upper: on(e.warning, e.warningDateUpper),
    critical_date: on(e.critical, e.criticalDate),
    critical_date_upper: on(e.critical, e.criticalDateUpper),
    full_date: on(1, e.fullDate),
    full_date_upper: on(1, e.fullDateUpper),
  };
}
