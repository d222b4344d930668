import { addDays, daysBetween } from '#lib/domain/dates';
import { CONFIRM_DAYS } from '#lib/rules/actual-crossing';
import { daysToJudge } from '#lib/rules/judge-decision';
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

/** The longest lead time among the groups, and the warning window. */
export interface JudgedWindow {
  readonly leadTimeDays: number;
  readonly windowDays: number;
}

/** A whole range, and how `planAsOfDates` words it. */
export interface DefaultedRange {
  readonly range: BacktestRange;
  readonly wording: RangeWording;
}

/**
 * Fills in what a backtest's range leaves out (the backtest state machine's
 * `{}`, `headroom backtest` without dates): `to` is the last date every
 * group's decision can be judged at (`daysToJudge` for the longest lead
 * time before the data's last day; a later date would only be counted
 * `open`), `everyDays` 30, and `from` `DEFAULT_BACKTEST_DAYS` before `to`,
 * or the first day with `MIN_BACKTEST_HISTORY_DAYS` of history when the
 * data is shorter, moved on to a whole number of steps before `to` so
 * that the last as-of date is `to`. A lake too short for any date keeps
 * `from` at `to`, which `planAsOfDates` refuses with the day the data
 * allows. The wording notes each part filled in, so that a message about
 * it says so.
 *
 * @param given - the parts of the range given
 * @param span - the data's first and last day
 * @param judged - the longest lead time and the warning window
 * @param names - what the caller calls the parts
 * @returns the whole range and its wording
 * @example
 * defaultBacktestRange({}, { firstDay: '2024-11-26',
 *   lastDay: '2026-11-25' }, { leadTimeDays: 90, windowDays: 30 },
 *   names).range;
 * // { from: '2025-10-25', to: '2026-07-22', everyDays: 30 }
 */
export function defaultBacktestRange(
  given: Partial<BacktestRange>,
  span: DataSpan,
  judged: JudgedWindow,
  names: BacktestNames,
): DefaultedRange {
  const after = daysToJudge(judged.leadTimeDays, judged.windowDays);
  const to = given.to ?? addDays(span.lastDay, -after);
  const earliest = addDays(span.firstDay, MIN_BACKTEST_HISTORY_DAYS);
  const back = addDays(to, -DEFAULT_BACKTEST_DAYS);
  // Dates compare as text (YYYY-MM-DD): the later of `back` and the
  // first day with history, but never past `to`.
  const floor = [earliest, to].sort()[0]!;
  const everyDays = given.everyDays ?? DEFAULT_BACKTEST_EVERY_DAYS;
  const range = {
    from: given.from ?? onGridOf(to, [back, floor].sort()[1]!, everyDays),
    to,
    everyDays,
  };
  const defaults = defaultWords(names, judged, after);
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

/** What each part of the range is when left out, in words. */
function defaultWords(
  names: BacktestNames,
  judged: JudgedWindow,
  after: number,
): Record<keyof BacktestRange, string> {
  return {
    from:
      `${DEFAULT_BACKTEST_DAYS} days before ${names.to}, or the first day ` +
      `with ${MIN_BACKTEST_HISTORY_DAYS} days of history on ${names.to}'s ` +
      'steps',
    to:
      `the last date judged in full, ${after} days before the data's last ` +
      `day: the longest lead time ${judged.leadTimeDays} + the warning ` +
      `window ${judged.windowDays} + ${CONFIRM_DAYS - 1} days confirming a ` +
      'crossing',
    everyDays: `${DEFAULT_BACKTEST_EVERY_DAYS} days`,
  };
}

/**
 * The first day on or after `start` a whole number of steps before `to`,
 * so that the as-of dates, stepping on from it, end on `to`: from the
 * first day with history, a short lake's dates stepped past the last
 * date judged in full and left the newest decisions out (2025-10-30 to
 * 2026-05-28 for a `to` of 2026-06-02).
 */
function onGridOf(to: string, start: string, everyDays: number): string {
  if (!(everyDays > 0)) return start; // refused by `planAsOfDates`
  return addDays(start, daysBetween(start, to) % everyDays);
}

/**
 * Why the data cannot judge a single decision, if it cannot: an as-of
 * date needs `MIN_BACKTEST_HISTORY_DAYS` of history before it and
 * `daysToJudge` days after it, so `defaultBacktestRange` would find no
 * date between them.
 *
 * @param span - the data's first and last day
 * @param judged - the longest lead time and the warning window
 * @returns the reason, naming the days held and needed; undefined when
 *   the data is long enough
 * @example
 * tooShortToJudge({ firstDay: '2026-10-17', lastDay: '2026-11-25' },
 *   { leadTimeDays: 90, windowDays: 30 });
 * // 'series_daily holds 40 days (2026-10-17 to 2026-11-25), …'
 */
export function tooShortToJudge(
  span: DataSpan,
  judged: JudgedWindow,
): string | undefined {
  const after = daysToJudge(judged.leadTimeDays, judged.windowDays);
  const needed = MIN_BACKTEST_HISTORY_DAYS + 1 + after;
  const held = daysBetween(span.firstDay, span.lastDay) + 1;
  if (held >= needed) return undefined;
  return (
    `series_daily holds ${held} days (${span.firstDay} to ${span.lastDay}), ` +
    `too few to judge a decision: an as-of date needs ` +
    `${MIN_BACKTEST_HISTORY_DAYS} days of history before it and ${after} ` +
    `after it (the longest lead time ${judged.leadTimeDays} + the warning ` +
    `window ${judged.windowDays} + ${CONFIRM_DAYS - 1} days confirming a ` +
    `crossing), ${needed} days in all`
  );
}
