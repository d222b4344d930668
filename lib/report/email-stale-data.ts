import { daysBetween } from '#lib/domain/dates';
import { lastTrafficDay, type TrafficDays } from '#lib/domain/last-traffic-day';
import { plural } from './format.ts';

/**
 * What a message says when the lake's traffic stopped before the day
 * before the as-of date: the figures ("Now: p95 …", the dates counted
 * from them) are those of the last day with traffic, which an email gave
 * as if current. Read from the run's data-quality report, whose
 * `missingDays` the overview lists as the days with no traffic: the run
 * of them that ends the day before the as-of date (each series' forecast
 * note, "the last 7 days before the as-of date have no data", counts
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
  // them ("the last 7 days before the as-of date have no data").
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
