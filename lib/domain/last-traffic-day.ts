import { addDays } from './dates.ts';
import type { DataQualityReport } from './quality.ts';

/** What the data-quality report tells of the lake's last days. */
export type TrafficDays = Partial<
  Pick<DataQualityReport, 'missingDays' | 'firstTrafficDay'>
>;

/**
 * The lake's last day with traffic when the days with no traffic run up
 * to the day before `asOf` (the day before them), else undefined: the
 * day a run's figures are as of. The emails say it (`staleDataText`), the
 * partner pack gives it beside its date, the report's other pages in a
 * banner at their top, and the console prints it.
 *
 * @param quality - the run's data-quality report, when known
 * @param asOf - the run's date
 * @returns the day, or undefined when traffic reaches the day before
 * @example
 * lastTrafficDay({ missingDays: ['2026-12-12'], firstTrafficDay: '2025-10-02' },
 *   '2026-12-13'); // '2026-12-11'
 */
export function lastTrafficDay(
  quality: TrafficDays | undefined,
  asOf: string,
): string | undefined {
  const first = quality?.firstTrafficDay;
  if (first === undefined) return undefined;
  const missing = new Set(quality?.missingDays);
  let day = addDays(asOf, -1);
  if (!missing.has(day)) return undefined;
  while (missing.has(day)) day = addDays(day, -1);
  // Before the checks began the report cannot tell a day with traffic.
  return day < first ? undefined : day;
}
