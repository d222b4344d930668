import { daysBetween } from '#lib/domain/dates';
import type { DataQualityReport } from '#lib/domain/quality';
import { MIN_SELECT_LENGTH } from '#lib/forecast/index';

/**
 * What a run on a lake younger than `MIN_SELECT_LENGTH` days says of its
 * forecasts (docs/architecture.md "The forecast engine", short series):
 * every series then repeats its last week, or the days it has, with no
 * trend, so "ok" means no threshold reached by those days, not that no
 * growth is coming. The first run on a new lake read 8 bundles ok, and said
 * nothing of why, beyond each series' note in the report.
 *
 * The console and every page of the report say it under the lead 'Young
 * lake'; the partner pack, whose reader knows no lake, under 'Growth not
 * forecast yet', beside the growth of 0.0%/yr it quotes.
 *
 * @param q - the run's data-quality report (its first day with traffic,
 *   and the as-of date, `to`)
 * @param lead - the words before the sentence's colon
 * @returns the sentence, or undefined for a lake of 28 days or more
 * @example
 * youngLakeText({ to: '2026-08-12', firstTrafficDay: '2026-08-09' });
 * // 'Young lake: traffic since 2026-08-09, 3 days. …'
 */
export function youngLakeText(
  q: Pick<DataQualityReport, 'to' | 'firstTrafficDay'>,
  lead = 'Young lake',
): string | undefined {
  const first = q.firstTrafficDay;
  if (first === undefined) return undefined;
  const days = daysBetween(first, q.to);
  if (days >= MIN_SELECT_LENGTH) return undefined;
  return (
    `${lead}: traffic since ${first}, ${days} day${days === 1 ? '' : 's'}. ` +
    `Until a series has ${MIN_SELECT_LENGTH} days, its forecast repeats ` +
    'its last week (or the days it has) with no trend: growth is ' +
    `forecast from ${MIN_SELECT_LENGTH} days on.`
  );
}
