import { addDays } from '#lib/domain/dates';
import {
  type BacktestNames,
  type BacktestRange,
  type DataSpan,
  MIN_BACKTEST_HISTORY_DAYS,
  type RangeWording,
} from './backtest-dates.ts';

/** Days a scheduled backtest looks back by default: 9 months. */
export const DEFAULT_BACKTEST_DAYS = 270;

/** Days between as-of dates by default (`headroom backtest --every`). */
export const DEFAULT_BACKTEST_EVERY_DAYS = 30;

/** A whole range, and how `planAsOfDates` words it. */
export interface DefaultedRange {
  readonly range: BacktestRange;
  readonly wording: RangeWording;
}

/**
 * Fills in what a backtest's range leaves out (the backtest Lambda's
 * `{}`, `headroom backtest` without dates): `to` is the data's last day,
 * `everyDays` 30, and `from` `DEFAULT_BACKTEST_DAYS` before `to`, or the
 * first day with `MIN_BACKTEST_HISTORY_DAYS` of history when the data is
 * shorter. The latest dates' windows run past the data: `runBacktest`
 * counts them `open`, not scored, so the range needs no trimming. A lake
 * too short for any date keeps `from` at `to`, which `planAsOfDates`
 * refuses with the day the data allows. The wording notes each part
 * filled in, so that a message about it says it was a default.
 *
 * @param given - the parts of the range given
 * @param span - the data's first and last day
 * @param names - what the caller calls the parts
 * @returns the whole range and its wording
 * @example
 * defaultBacktestRange({}, { firstDay: '2024-11-26',
 *   lastDay: '2026-11-25' }, names).range;
 * // { from: '2026-02-28', to: '2026-11-25', everyDays: 30 }
 */
export function defaultBacktestRange(
  given: Partial<BacktestRange>,
  span: DataSpan,
  names: BacktestNames,
): DefaultedRange {
  const to = given.to ?? span.lastDay;
  const earliest = addDays(span.firstDay, MIN_BACKTEST_HISTORY_DAYS);
  const back = addDays(to, -DEFAULT_BACKTEST_DAYS);
  // Dates compare as text (YYYY-MM-DD): the later of `back` and the
  // first day with history, but never past `to`.
  const floor = [earliest, to].sort()[0]!;
  const range = {
    from: given.from ?? [back, floor].sort()[1]!,
    to,
    everyDays: given.everyDays ?? DEFAULT_BACKTEST_EVERY_DAYS,
  };
  const defaults = {
    from:
      `${DEFAULT_BACKTEST_DAYS} days before ${names.to}, or the first day ` +
      `with ${MIN_BACKTEST_HISTORY_DAYS} days of history`,
    to: "the data's last day",
    everyDays: `${DEFAULT_BACKTEST_EVERY_DAYS} days`,
  };
  const left = (Object.keys(defaults) as (keyof BacktestRange)[]).filter(
    (part) => given[part] === undefined,
  );
  return {
    range,
    wording: {
      names,
      defaults: Object.fromEntries(left.map((part) => [part, defaults[part]])),
    },
  };
}
