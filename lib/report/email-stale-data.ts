import { addDays, daysBetween } from '#lib/domain/dates';
import type { DataQualityReport } from '#lib/domain/quality';
import { plural } from './format.ts';

/** What the data-quality report tells of the lake's last days. */
export type TrafficDays = Partial<
  Pick<DataQualityReport, 'missingDays' | 'firstTrafficDay'>
>;

/**
 * What a message says when the lake's traffic stopped before the day
 * before the as-of date: the figures ("Now: p95 …", the dates counted
 * from them) are those of the last day with traffic, which an email gave
 * as if current. Read from the run's data-quality report, whose
 * `missingDays` the overview lists as the days with no traffic: the run
 * of them that ends the day before the as-of date (each series' forecast
 * note, "the last 7 day(s) before the as-of date have no data", counts
 * the same days). Nothing when the last day with traffic is the day
 * before the run, as it usually is.
 *
 * @param quality - the run's data-quality report, when known
 * @param asOf - the run's date
 * @returns the sentence, or undefined
 * @example
 * staleDataText({ missingDays: ['2026-12-06', …, '2026-12-12'],
 *   firstTrafficDay: '2025-10-02' }, '2026-12-13');
 * // 'no traffic in the 7 days before this run, after 2026-12-05: the figures are as of then.'
 */
export function staleDataText(
  quality: TrafficDays | undefined,
  asOf: string,
): string | undefined {
  const last = lastTrafficDay(quality, asOf);
  if (last === undefined) return undefined;
  // The days without, as the series' forecast note on the pages counts
  // them ("the last 7 day(s) before the as-of date have no data").
  const days = plural(daysBetween(last, asOf) - 1, 'day');
  return `no traffic in the ${days} before this run, after ${last}: the figures are as of then.`;
}

/**
 * {@link staleDataText} as a line of a message's header (the digest's,
 * the resolved message's), for the figures of all its bundles.
 *
 * @param quality - the run's data-quality report, when known
 * @param asOf - the run's date
 * @returns the `Data:` line, or none
 * @example
 * staleDataLine(quality, '2026-12-13');
 * // ['Data: no traffic in the 7 days before this run, after 2026-12-05: …']
 */
export function staleDataLine(
  quality: TrafficDays | undefined,
  asOf: string,
): string[] {
  const stale = staleDataText(quality, asOf);
  return stale === undefined ? [] : [`Data: ${stale}`];
}

/**
 * The lake's last day with traffic when the days with no traffic run up
 * to the day before `asOf` (the day before them), else undefined: the
 * day a run's figures are as of.
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
