import type { DataQualityReport } from '#lib/domain/quality';
import type { QueryEngine } from '#lib/ports/query-engine';
import {
  selectRolledUpBeforeSql,
  selectRolledUpDaysSql,
} from '#lib/sql/select-series';
import { type DayRange, listDays } from './load-series.ts';

/** The report's fields on the days of the window with no traffic. */
export type CheckedDays = Pick<
  DataQualityReport,
  'firstTrafficDay' | 'missingDays'
>;

/**
 * The days of the window with no traffic rolled up, counted from the
 * first traffic day (a lake that starts late is not "missing" before):
 * a day with no partition, or one whose files hold no rows (a Spark job
 * on empty input writes such a file; the day was named nowhere); and the
 * first day of the window whose traffic was rolled up for a link
 * (`firstTrafficDay`, left out with none), where the checks begin when
 * the lake starts after the window does.
 *
 * @param engine - the query engine
 * @param window - the report's window
 * @returns the first traffic day, if any, and the days missing
 * @throws QueryError when the engine fails
 * @example
 * (await loadCheckedDays(engine, { from, to })).missingDays;
 * // ['2026-03-04'], a day the rollup wrote no row for
 */
export async function loadCheckedDays(
  engine: QueryEngine,
  window: DayRange,
): Promise<CheckedDays> {
  const rolled = await engine.query(selectRolledUpDaysSql(window));
  const days = rolled.map((row) => String(row.dt));
  // A lake whose traffic was rolled up before the window has its every
  // day checked, an empty first week too. Read from the rollup: raw
  // traffic expires before it, and an empty raw file is no traffic.
  const before = await engine.query(selectRolledUpBeforeSql(window.from));
  const checkedFrom = before.length > 0 ? window.from : days[0];
  // With no traffic rolled up at all, from the first raw partition.
  const first =
    checkedFrom ??
    (await engine.listPartitions('traffic')).find((dt) => dt < window.to);
  return {
    ...(days.length > 0 ? { firstTrafficDay: checkedFrom } : {}),
    missingDays: missingDays(window, days, first),
  };
}

/**
 * Days of the window from `first` on (the day the checks begin, or
 * without a traffic day the lake's first partition; none: no day) with
 * no link-level rows rolled up (`days`): no partition, or files with no
 * rows in it.
 */
function missingDays(
  window: DayRange,
  days: readonly string[],
  first: string | undefined,
): string[] {
  if (first === undefined) return [];
  // The later of the two days (text order is day order).
  const from = [first, window.from].sort()[1]!;
  const seen = new Set(days);
  return listDays({ from, to: window.to }).filter((dt) => !seen.has(dt));
}
