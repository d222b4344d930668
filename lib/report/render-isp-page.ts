import type { IspSummary } from '#lib/domain/isp-summary';
import { ispSlug } from '#lib/domain/slug';
import { asnText } from './asn-text.ts';
import { forecastEndNote } from './chart-annotations.ts';
import { chartLegend } from './chart-legend.ts';
import { severityBadge } from './describe.ts';
import { escapeHtml, formatBps, formatGrowth, formatPct } from './format.ts';
import { renderPage } from './html-page.ts';
import { renderBundleTable } from './isp-bundle-table.ts';
import { facts, groupSection, notesBlock } from './isp-group-section.ts';
import { partialNote } from './partial-figures-text.ts';
import { byUrgency } from './rank.ts';
import type { PageInput, ReportSeries } from './report-input.ts';
import { renderSeriesFigure } from './series-figure.ts';
import {
  AT_RISK_COUNTS,
  AT_RISK_NAME,
  WORST_COUNTS,
} from './severity-words.ts';
import { unlistedNotes } from './unlisted-text.ts';

/** Finds a series by level and key. */
export type Lookup<T> = (level: string, key: string) => T | undefined;

/**
 * Renders one ISP's page: its figures, the total demand chart with growth
 * annotated, then per capacity group (most urgent first) one sentence on
 * what is needed by when, key figures and a chart. The bundles at watch
 * or above open it, as bundles "to order or watch": "that need action"
 * was said of a bundle whose sentence reads "No order needed".
 *
 * @param input - the report input
 * @param summary - the ISP's summary
 * @param series - finds a series' history and forecast
 * @returns the HTML document
 * @example
 * const html = await renderIspPage(input, summary, series);
 */
export async function renderIspPage(
  input: PageInput,
  summary: IspSummary,
  series: Lookup<ReportSeries>,
): Promise<string> {
  const groups = input.evaluations
    .filter((e) => e.level === 'group' && e.isp === summary.isp)
    .sort(byUrgency);
  const growth = growthRange(summary);
  // The ISP's total has no runout of its own to mark: its groups do.
  const isp = series('isp', summary.isp);
  const total = await renderSeriesFigure(
    input,
    isp,
    undefined,
    `${summary.isp}: total demand, growth ${growth}`,
    [forecastEndNote(formatGrowth(summary.growthPctPerYear))],
  );
  const sections = await Promise.all(
    groups.map((e) => groupSection(input, e, series('group', e.key))),
  );
  const action = groups.filter((e) => e.severity !== 'ok').length;
  const body = `<h2 id="action">Bundles to order or watch (${action})</h2>${chartLegend(input.decisionLevel)}
${sections.slice(0, action).join('\n') || '<p>None: no bundle crosses a threshold within the horizon.</p>'}
<h2 id="bundles">All bundles (${groups.length})</h2>
${renderBundleTable(groups, input.evaluations, input.asOf)}
<h2 id="total">Total demand</h2>${totalFacts(input, summary, growth)}${notesBlock(isp, ispNotes(input, summary))}${total}
<h2 id="others">Bundles with no action needed (${groups.length - action})</h2>
${sections.slice(action).join('\n') || '<p>None: every bundle of this ISP is to order or watch (above).</p>'}`;
  const pack = `../partners/${ispSlug(summary.isp)}.html`;
  const subtitle = `${asnText(summary.asns)} · ${escapeHtml(summary.region)} · owner ${escapeHtml(summary.owner)} · <a href="${pack}">partner pack (printable, for the ISP)</a> · <a href="../index.html">back to overview</a>`;
  return renderPage(input, { title: summary.isp, subtitle, root: '../', body });
}

/** The ISP's growth per year with its interval: '+12.0%/yr (+8.0%/yr to …)'. */
function growthRange(summary: IspSummary): string {
  return `${formatGrowth(summary.growthPctPerYear)} (${formatGrowth(summary.growthLowPctPerYear)} to ${formatGrowth(summary.growthHighPctPerYear)})`;
}

/** The ISP's key figures, above its total demand chart. */
function totalFacts(
  input: PageInput,
  summary: IspSummary,
  growth: string,
): string {
  return facts([
    ['Total demand (p95)', formatBps(summary.demandBps)],
    [`Growth per year (${input.decisionLevel}% interval)`, growth],
    ['Capacity', formatBps(summary.capacityBps)],
    ['Headroom', formatPct(summary.headroom)],
    [
      AT_RISK_NAME,
      `${summary.groupsAtRisk}<span class="sub">${AT_RISK_COUNTS}</span>`,
    ],
    [
      'Worst severity',
      `${severityBadge(summary.worstSeverity)}<span class="sub">${WORST_COUNTS}</span>`,
    ],
  ]);
}

/**
 * The notes under the ISP's figures: they are summed over its bundles
 * forecast, where its own total is not; its links not in links.csv are in
 * none of its sums either.
 */
function ispNotes(input: PageInput, summary: IspSummary): string[] {
  const partial = partialNote(summary);
  return [
    ...(partial === undefined ? [] : [partial]),
    ...unlistedNotes(
      { level: 'isp', key: summary.isp },
      input.dataQuality.likelyMembers ?? [],
    ),
  ];
}
