import { addDays, dayRuns } from '#lib/domain/dates';
import type { Logger } from '#lib/ports/logger';

/**
 * Warns of traffic days after today (the clock's, and after the as-of
 * date): a run reads only the days before its as-of date, so such a day
 * is read by none until it comes, and was passed over without a word. A
 * collector whose clock runs ahead writes today's samples there (today
 * then reads as samples missing, the cause nowhere), and a day folder
 * typed by hand may carry a mistyped year, `dt=2620-05-20`. Tomorrow is
 * not named: folders cut by local days east of UTC hold the clock's
 * tomorrow for up to 14 hours of each day, and were named on every such
 * run (a collector in Sydney, before 11:00 there; docs/architecture.md
 * "Rolling up").
 *
 * @param log - the run's logger
 * @param traffic - the traffic table's days, as listed
 * @param when - the run's as-of date and the clock's (UTC) day
 * @example
 * warnTrafficAfterToday(log, ['2026-12-08', '2620-05-20'],
 *   { asOf: '2026-12-07', today: '2026-12-07' }); // warns of 2620-05-20
 */
export function warnTrafficAfterToday(
  log: Logger,
  traffic: readonly string[],
  { asOf, today }: { readonly asOf: string; readonly today: string },
): void {
  const tomorrow = addDays(today, 1);
  const latest = tomorrow > asOf ? tomorrow : asOf;
  const after = traffic.filter((dt) => dt > latest);
  if (after.length === 0) return;
  log.warn(
    "traffic after today, not read until its day comes (a collector's " +
      'clock ahead, or a year mistyped?)',
    { days: dayRuns(after) },
  );
}
