import { addDays, daysBetween, inputDayProblem } from '#lib/domain/dates';
import { UsageError } from '#lib/errors';

/** Days of history an as-of date needs before it (four weekly cycles). */
export const MIN_BACKTEST_HISTORY_DAYS = 28;

/** Days a scheduled backtest looks back by default: 9 months. */
export const DEFAULT_BACKTEST_DAYS = 270;

/** Days between as-of dates by default (`headroom backtest --every`). */
export const DEFAULT_BACKTEST_EVERY_DAYS = 30;

/** The as-of dates to replay: `from`, `from + every`, … up to `to`. */
export interface BacktestRange {
  readonly from: string;
  readonly to: string;
  readonly everyDays: number;
}

/** First and last day rolled up in `series_daily`. */
export interface DataSpan {
  readonly firstDay: string;
  readonly lastDay: string;
}

/**
 * Checks a backtest range against itself and the data, then lists its
 * as-of dates. Each date needs `MIN_BACKTEST_HISTORY_DAYS` of data
 * before it and must lie on or before the data's last day.
 *
 * @param range - from, to (both as-of dates, inclusive) and the step
 * @param span - the data's first and last day
 * @returns the as-of dates in order
 * @throws UsageError naming the bad value and, for a range outside the
 *   data, the data's first and last day
 * @example
 * planAsOfDates({ from: '2026-03-01', to: '2026-05-01', everyDays: 30 },
 *   { firstDay: '2025-10-01', lastDay: '2026-12-01' });
 * // ['2026-03-01', '2026-03-31', '2026-04-30']
 */
export function planAsOfDates(range: BacktestRange, span: DataSpan): string[] {
  const { from, to, everyDays } = range;
  for (const [flag, day] of [
    ['--from', from],
    ['--to', to],
  ] as const) {
    const problem = inputDayProblem(day);
    if (problem !== undefined) {
      throw new UsageError(`${flag} ${problem} (got "${day}")`);
    }
  }
  if (!Number.isInteger(everyDays) || everyDays < 1) {
    throw new UsageError(
      `--every must be a whole number of days, 1 or more (got "${everyDays}")`,
    );
  }
  if (from > to) {
    throw new UsageError(`--from ${from} is after --to ${to}`);
  }
  checkInsideData(range, span);
  const count = Math.floor(daysBetween(from, to) / everyDays) + 1;
  return Array.from({ length: count }, (_, i) => addDays(from, i * everyDays));
}

/**
 * Fills in what a backtest's range leaves out, for the scheduled backtest
 * on AWS: `to` is the data's last day, `everyDays` 30, and `from`
 * `DEFAULT_BACKTEST_DAYS` before `to`, or the first day with
 * `MIN_BACKTEST_HISTORY_DAYS` of history when the data is shorter. The
 * latest dates' windows run past the data: `runBacktest` counts them
 * `open`, not scored, so the range needs no trimming. A lake too short
 * for any date keeps `from` at `to`, which `planAsOfDates` refuses with
 * the day the data allows.
 *
 * @param given - the parts of the range given (a manual run's event)
 * @param span - the data's first and last day
 * @returns the whole range
 * @example
 * defaultBacktestRange({}, { firstDay: '2024-11-26', lastDay: '2026-11-25' });
 * // { from: '2026-02-28', to: '2026-11-25', everyDays: 30 }
 */
export function defaultBacktestRange(
  given: Partial<BacktestRange>,
  span: DataSpan,
): BacktestRange {
  const to = given.to ?? span.lastDay;
  const earliest = addDays(span.firstDay, MIN_BACKTEST_HISTORY_DAYS);
  const back = addDays(to, -DEFAULT_BACKTEST_DAYS);
  // Dates compare as text (YYYY-MM-DD): the later of `back` and the
  // first day with history, but never past `to`.
  const floor = [earliest, to].sort()[0]!;
  return {
    from: given.from ?? [back, floor].sort()[1]!,
    to,
    everyDays: given.everyDays ?? DEFAULT_BACKTEST_EVERY_DAYS,
  };
}

function checkInsideData({ from, to }: BacktestRange, span: DataSpan) {
  const data = `series_daily runs from ${span.firstDay} to ${span.lastDay}`;
  const earliest = addDays(span.firstDay, MIN_BACKTEST_HISTORY_DAYS);
  if (from < earliest) {
    throw new UsageError(
      `--from ${from} is outside the data: ${data}, and an as-of date ` +
        `needs ${MIN_BACKTEST_HISTORY_DAYS} days of history before it, so ` +
        `--from must be ${earliest} or later`,
    );
  }
  if (to > span.lastDay) {
    throw new UsageError(
      `--to ${to} is outside the data: ${data}, so --to must be ` +
        `${span.lastDay} or earlier (roll up newer traffic with ` +
        "'headroom run' first)",
    );
  }
}
