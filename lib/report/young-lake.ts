import { addDays, daysBetween } from '#lib/domain/dates';
import { lastTrafficDay } from '#lib/domain/last-traffic-day';
import type { DataQualityReport } from '#lib/domain/quality';
import { MIN_SELECT_LENGTH } from '#lib/forecast/index';

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
 * The console and every page of the report say it under the lead 'Young
 * lake'; the partner pack, whose reader knows no lake, under 'Growth not
 * forecast yet', beside the growth of 0.0%/yr it quotes.
 *
 * @param q - the run's data-quality report (its first day with traffic,
 *   the days with none, and the as-of date, `to`)
 * @param lead - the words before the sentence's colon
 * @returns the sentence, or undefined for a lake of 28 days or more
 * @example
 * youngLakeText({ to: '2026-08-12', firstTrafficDay: '2026-08-09',
 *   missingDays: [] });
 * // 'Young lake: traffic since 2026-08-09, 3 days. …'
 */
export function youngLakeText(
  q: Pick<DataQualityReport, 'to' | 'firstTrafficDay' | 'missingDays'>,
  lead = 'Young lake',
): string | undefined {
  const first = q.firstTrafficDay;
  if (first === undefined) return undefined;
  const last = lastTrafficDay(q, q.to);
  const days = daysBetween(first, addDays(last ?? addDays(q.to, -1), 1));
  if (days >= MIN_SELECT_LENGTH) return undefined;
  const span = last === undefined ? `since ${first}` : `${first} to ${last}`;
  return (
    `${lead}: traffic ${span}, ${days} day${days === 1 ? '' : 's'}. ` +
    `Until a series has ${MIN_SELECT_LENGTH} days, its forecast repeats ` +
    'its last week (or the days it has) with no trend: growth is ' +
    `forecast from ${MIN_SELECT_LENGTH} days on.`
  );
}
