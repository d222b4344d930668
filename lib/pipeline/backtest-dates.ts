import { addDays, daysBetween, inputDayProblem } from '#lib/domain/dates';
import { UsageError } from '#lib/errors';

/** Days of history an as-of date needs before it (four weekly cycles). */
export const MIN_BACKTEST_HISTORY_DAYS = 28;

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
 * What the caller calls a range's parts and the rollup, for messages:
 * `headroom backtest`'s flags, or the backtest state machine's input fields.
 */
export interface BacktestNames {
  readonly from: string;
  readonly to: string;
  readonly everyDays: string;
  /** What rolls traffic up into `series_daily` where the caller runs. */
  readonly rollUp: string;
}

/** A range's names, and how each part the caller left out was chosen. */
export interface RangeWording {
  readonly names: BacktestNames;
  readonly defaults: Partial<Record<keyof BacktestRange, string>>;
}

/**
 * Checks a backtest range against itself and the data, then lists its
 * as-of dates. Each date needs `MIN_BACKTEST_HISTORY_DAYS` of data
 * before it and must lie on or before the data's last day. Messages name
 * the parts as the caller does (`wording.names`) and say how a part left
 * out was chosen ("to 2026-07-22 (the default: the last date judged in
 * full, …)", `defaultBacktestRange`).
 *
 * @param range - from, to (both as-of dates, inclusive) and the step
 * @param span - the data's first and last day
 * @param wording - the parts' names and the defaults' explanations
 * @returns the as-of dates in order
 * @throws UsageError naming the bad value and, for a range outside the
 *   data, the data's first and last day
 * @example
 * planAsOfDates({ from: '2026-03-01', to: '2026-05-01', everyDays: 30 },
 *   { firstDay: '2025-10-01', lastDay: '2026-12-01' },
 *   { names: { from: '--from', to: '--to', everyDays: '--every',
 *     rollUp: "'headroom run'" }, defaults: {} });
 * // ['2026-03-01', '2026-03-31', '2026-04-30']
 */
export function planAsOfDates(
  range: BacktestRange,
  span: DataSpan,
  wording: RangeWording,
): string[] {
  const { from, to, everyDays } = range;
  const { names } = wording;
  for (const part of ['from', 'to'] as const) {
    const problem = inputDayProblem(range[part]);
    if (problem !== undefined) {
      throw new UsageError(`${names[part]} ${problem} (got "${range[part]}")`);
    }
  }
  if (!Number.isInteger(everyDays) || everyDays < 1) {
    throw new UsageError(
      `${names.everyDays} must be a whole number of days, 1 or more ` +
        `(got "${everyDays}")`,
    );
  }
  const said = (part: 'from' | 'to') => stated(range, wording, part);
  if (from > to) {
    throw new UsageError(`${said('from')} is after ${said('to')}`);
  }
  checkInsideData(range, span, wording);
  const count = Math.floor(daysBetween(from, to) / everyDays) + 1;
  return Array.from({ length: count }, (_, i) => addDays(from, i * everyDays));
}

/** "--to 2026-11-25", with "(the default: …)" when the caller left it out. */
function stated(
  range: BacktestRange,
  { names, defaults }: RangeWording,
  part: 'from' | 'to',
): string {
  const how = defaults[part];
  return `${names[part]} ${range[part]}${how ? ` (the default: ${how})` : ''}`;
}

/**
 * `to` before `from`: a `to` before the first day with history is blamed
 * on `to`, so that a `from` filled in from it is not.
 */
function checkInsideData(
  range: BacktestRange,
  span: DataSpan,
  wording: RangeWording,
) {
  const { names } = wording;
  const data = `series_daily runs from ${span.firstDay} to ${span.lastDay}`;
  const earliest = addDays(span.firstDay, MIN_BACKTEST_HISTORY_DAYS);
  const tooEarly = (part: 'from' | 'to') =>
    new UsageError(
      `${stated(range, wording, part)} is outside the data: ${data}, and ` +
        `an as-of date needs ${MIN_BACKTEST_HISTORY_DAYS} days of history ` +
        `before it, so ${names[part]} must be ${earliest} or later`,
    );
  if (range.to > span.lastDay) {
    throw new UsageError(
      `${stated(range, wording, 'to')} is outside the data: ${data}, so ` +
        `${names.to} must be ${span.lastDay} or earlier (roll up newer ` +
        `traffic with ${names.rollUp} first)`,
    );
  }
  if (range.to < earliest) throw tooEarly('to');
  if (range.from < earliest) throw tooEarly('from');
}
