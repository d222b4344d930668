import type { Evaluation } from '#lib/domain/evaluation';
import { buildChartData } from './chart-data.ts';
import type { Annotator } from './chart-types.ts';
import { escapeHtml, plural } from './format.ts';
import { renderChartSvg } from './render-svg.ts';
import type { PageInput, ReportSeries } from './report-input.ts';

/**
 * One series' chart as a figure: its history, forecast, capacity and the
 * group's decision dates (docs/architecture.md "Reports and charts"), with
 * a caption that counts the cleaned outliers; a note when the series has
 * no history. On a phone the plot scrolls sideways in its box, opening
 * on its right end (today and the forecast), and keeps its labels
 * legible, where shrunk to a 390 px screen they were 4 px high.
 *
 * @param input - the report input (as-of date, decision level)
 * @param s - the series, if it has a history
 * @param e - the group's evaluation, or undefined for an ISP's total
 * @param title - the chart's title and caption
 * @param annotators - texts to put on the plot
 * @returns the HTML figure
 * @example
 * await renderSeriesFigure(input, series, evaluation, 'Acme/LHR1/pni');
 */
export async function renderSeriesFigure(
  input: Pick<PageInput, 'asOf' | 'decisionLevel'>,
  s: ReportSeries | undefined,
  e: Evaluation | undefined,
  title: string,
  annotators: readonly Annotator[] = [],
): Promise<string> {
  if (s === undefined) return '<p>No history for this series.</p>';
  const data = buildChartData(
    s,
    e,
    input.asOf,
    input.decisionLevel,
    annotators,
  );
  const cleaned = data.outliers.length;
  const svg = await renderChartSvg(data, title);
  // 'as a cross' for one: '1 cleaned outlier shown as crosses' read oddly.
  const marks = cleaned === 1 ? 'a cross' : 'crosses';
  const caption = `${escapeHtml(title)}.${cleaned > 0 ? ` ${plural(cleaned, 'cleaned outlier')} shown as ${marks}.` : ''}`;
  // The plot in a box of its own, which scrolls sideways on a phone
  // (PAGE_STYLE): shrunk to the screen, its labels were 4 px high.
  return `<figure><div class="plot">${svg}</div><figcaption>${caption}</figcaption></figure>`;
}
