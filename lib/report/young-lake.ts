import { addDays, daysBetween } from '#lib/domain/dates';
import { lastTrafficDay, type TrafficDays } from '#lib/domain/last-traffic-day';
import { MIN_SELECT_LENGTH } from '#lib/forecast/index';
import { wrapText } from './wrap-text.ts';

/**
 * What a run on a lake younger than `MIN_SELECT_LENGTH` days says of its
 * forecasts (docs/architecture.md "The forecast engine", short series):
 * every series then repeats its last week, or the days it has, with no
 * trend, so "ok" means no threshold reached by those days, not that no
 * growth is coming. The first run on a new lake read 8 bundles ok, and said
 * nothing of why, beyond each series' note in the report.
 * The lake's age is its days of traffic: where the traffic stopped days
 * before the run (`lastTrafficDay`), up to its last day, and the sentence
 * names both ends. Counted to the run, 20 days of traffic and 10 without
 * read as a lake of 30 days, and nothing was said of series that had no
 * trend forecast.
 * The console, every page of the report and the emails' headers say it
 * under the lead 'Young lake'; the partner pack, whose reader knows no
 * lake, under 'Growth not forecast yet', beside the growth of 0.0%/yr it
 * quotes.
 *
 * @param quality - the run's data-quality report (its first day with
 *   traffic and the days with none), when known
 * @param asOf - the run's date
 * @param lead - the words before the sentence's colon
 * @returns the sentence, or undefined for a lake of 28 days or more
 * @example
 * youngLakeText({ firstTrafficDay: '2026-08-09', missingDays: [] },
 *   '2026-08-12');
 * // 'Young lake: traffic since 2026-08-09, 3 days. …'
 */
export function youngLakeText(
  quality: TrafficDays | undefined,
  asOf: string,
  lead = 'Young lake',
): string | undefined {
  const first = quality?.firstTrafficDay;
  if (first === undefined) return undefined;
  const last = lastTrafficDay(quality, asOf);
  const days = daysBetween(first, addDays(last ?? addDays(asOf, -1), 1));
  if (days >= MIN_SELECT_LENGTH) return undefined;
  const span = last === undefined ? `since ${first}` : `${first} to ${last}`;
  return (
    `${lead}: traffic ${span}, ${days} day${days === 1 ? '' : 's'}. ` +
    `Until a series has ${MIN_SELECT_LENGTH} days, its forecast repeats ` +
    'its last week (or the days it has) with no trend: growth is ' +
    `forecast from ${MIN_SELECT_LENGTH} days on.`
  );
}

/**
 * `youngLakeText` as lines of an email's header, cut to its width: none
 * on a lake of 28 days or more. An alert on a 3-day lake read "Growth:
 * 0.0%/yr" and "needed now" with no word of why.
 *
 * @param quality - the run's data-quality report, when known
 * @param asOf - the run's date
 * @returns the lines
 * @example
 * youngLakeLines(undefined, '2026-08-12'); // []
 */
export function youngLakeLines(
  quality: TrafficDays | undefined,
  asOf: string,
): string[] {
  const text = youngLakeText(quality, asOf);
  return text === undefined ? [] : wrapText(text);
}
