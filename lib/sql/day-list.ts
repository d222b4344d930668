import { dayLiteral } from './sql-literals.ts';

/**
 * The days of a batch as a SQL list of literals, each checked.
 *
 * @param days - at least one `YYYY-MM-DD` day
 * @returns e.g. `'2026-01-01', '2026-01-02'`
 * @throws InputError for a day that is not `YYYY-MM-DD` or an empty list
 * @example
 * dayList(['2026-01-01']); // "'2026-01-01'"
 */
export function dayList(days: readonly string[]): string {
  if (days.length === 0) dayLiteral('', 'days');
  return days.map((dt) => dayLiteral(dt, 'days')).join(', ');
}
