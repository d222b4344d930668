import { compareCodePoints } from '#lib/domain/code-point-order';
import { compareAccuracyRows } from './accuracy.ts';
import { accuracyChartPoints } from './accuracy-chart-points.ts';
import { ACCURACY_SPEC } from './accuracy-chart-spec.ts';
import type { AccuracyRow } from './accuracy-row.ts';
import { escapeHtml, formatCount } from './format.ts';
import { renderChartSvg } from './render-svg.ts';

/** Dots drawn at most; beyond, the latest target dates are kept. */
export const MAX_POINTS = 2000;
/**
 * The rows the chart draws: ISP rows with a positive actual and forecast,
 * the latest target dates first (ties in `computeAccuracy`'s order), at
 * most `MAX_POINTS`. Choosing from the rows chosen of each part of a set
 * of rows chooses what the whole set would give, in the same order: so a
 * shard sends only its own chosen rows, and publish chooses among them.
 *
 * @param rows - compared points (`computeAccuracy`), or rows chosen before
 * @returns the rows to draw, in drawing order
 * @example
 * chartRows([...shard1.chart, ...shard2.chart]);
 */
export function chartRows(rows: readonly AccuracyRow[]): AccuracyRow[] {
  const positive = (x: number) => Number.isFinite(x) && x > 0;
  return rows
    .filter((r) => r.level === 'isp' && positive(r.actualBps))
    .filter((r) => positive(r.meanBps))
    .sort(
      (a, b) =>
        compareCodePoints(b.targetDate, a.targetDate) ||
        compareAccuracyRows(a, b),
    )
    .slice(0, MAX_POINTS);
}

/**
 * The accuracy page's chart: each ISP's past forecast (dot) and its
 * interval (whisker) against the actual peak on the target day, log
 * scales, one colour per horizon. Dots below the dashed diagonal ran low.
 *
 * @param rows - compared points, or the chart's rows (`chartRows`)
 * @param level - the decision interval's level, for rows that do not name
 *   theirs (a run made under another kept its bounds at that one, which
 *   the caption names)
 * @returns a `<figure>`, or '' when there is nothing to draw
 * @example
 * await renderAccuracyChart(input.accuracy?.chart ?? [], 80);
 */
export async function renderAccuracyChart(
  rows: readonly AccuracyRow[],
  level: number,
): Promise<string> {
  const chosen = chartRows(rows);
  if (chosen.length === 0) return '';
  const { points, cuts, diagonal } = accuracyChartPoints(chosen);
  const title = 'Past forecasts against actual daily peaks, per ISP';
  const data = { points, cuts, diagonal };
  const svg = await renderChartSvg(data, title, ACCURACY_SPEC);
  const caption = `${escapeHtml(title)}: one dot per ISP, forecast and horizon, with its ${whiskerLevels(chosen, level)} interval as a whisker. Dots below the dashed line ran low; a whisker that does not cross it missed the actual.${cutText(cuts.length)}`;
  // In a box that scrolls sideways on a phone (PAGE_STYLE), as an ISP
  // page's charts: shrunk to a 390 px screen, its labels were 6 px high.
  return `<figure class="accuracy-chart"><div class="plot">${svg}</div><figcaption>${caption}</figcaption></figure>`;
}

// Said when whiskers were cut at the plot's edge.
const cutText = (n: number) =>
  n === 0
    ? ''
    : ` The axes span the dots: ${n === 1 ? '1 whisker runs' : `${formatCount(n)} whiskers run`} on past them, each cut at the plot’s edge, where a chevron points the way it goes on.`;

// The levels the whiskers were kept at, e.g. '80% or 95%' when some runs
// were made under another decision level; today's for a row that does not
// say (chart rows are checked for their figures, not for this).
function whiskerLevels(rows: readonly AccuracyRow[], level: number): string {
  const kept = rows.map((r) =>
    Number.isFinite(r.boundLevel) ? r.boundLevel : level,
  );
  return [...new Set(kept)]
    .sort((a, b) => a - b)
    .map((l) => `${l}%`)
    .join(' or ');
}
