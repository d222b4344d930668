import { addDays, daysBetween } from '#lib/domain/dates';
import type { DataQualityReport } from '#lib/domain/quality';
import { keepDatesWhole } from './keep-whole.ts';

/**
 * The data-quality section's heading: the days checked, from the
 * window's first or, when the lake's traffic starts later, from its
 * first day with traffic, to the day before the as-of date (whose
 * traffic is not read); then, in that case, a sentence saying where the
 * window opens (on a lake under 28 days old, what its forecasts can tell
 * is in every page's banner, `youngLakeText`, no longer here at the
 * foot of the overview). A heading giving the window's first day read as two
 * years of traffic checked where the sample holds fourteen months. Its
 * dates are kept whole (`keepDatesWhole`): a phone broke the heading's
 * last one at a hyphen.
 *
 * @param q - the run's data-quality report
 * @returns the `<h2>`, and the sentence when the checks begin late
 * @example
 * qualityHeading({ from: '2024-12-06', to: '2026-12-06',
 *   firstTrafficDay: '2025-10-02', … });
 * // '<h2 id="quality">Data quality (2025-10-02 to 2026-12-05)</h2><p>Checked from 2025-10-02, …</p>'
 */
export function qualityHeading(
  q: Pick<DataQualityReport, 'from' | 'to' | 'firstTrafficDay'>,
): string {
  const last = addDays(q.to, -1);
  const first = q.firstTrafficDay;
  if (first === undefined || first <= q.from)
    return keepDatesWhole(
      `<h2 id="quality">Data quality (${q.from} to ${last})</h2>`,
    );
  const days = daysBetween(q.from, q.to);
  return keepDatesWhole(`<h2 id="quality">Data quality (${first} to ${last})</h2>\
<p>Checked from ${first}, the first day with traffic in the lake, to \
${last}: the history window of ${days} days opens on ${q.from}, before \
it.</p>`);
}
