import type { Evaluation, IspSummary } from '#lib/domain/evaluation';
import { reachedNow } from '#lib/domain/reached-now';
import { ispSlug } from '#lib/domain/slug';
import { overduePlan } from '#lib/rules/overdue-plan';
import { inServiceText } from './augments-of.ts';
import { forecastEndNote } from './chart-annotations.ts';
import { chartLegend } from './chart-legend.ts';
import {
  n1Text,
  needSentence,
  plannedText,
  severityBadge,
} from './describe.ts';
import {
  escapeHtml,
  formatBps,
  formatDate,
  formatGrowth,
  formatPct,
} from './format.ts';
import { renderPage } from './html-page.ts';
import { renderBundleTable } from './isp-bundle-table.ts';
import { overdueLines } from './overdue-text.ts';
import { byUrgency, groupAnchor } from './rank.ts';
import type { ReportInput, ReportSeries } from './report-input.ts';
import { renderSeriesFigure } from './series-figure.ts';

/** Finds a series by level and key. */
export type Lookup<T> = (level: string, key: string) => T | undefined;

const facts = (pairs: readonly [string, string][]): string =>
  `<dl class="facts">${pairs.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>`;

/**
 * Renders one ISP's page: its figures, the total demand chart with growth
 * annotated, then per capacity group (most urgent first) one sentence on
 * what is needed by when, key figures and a chart.
 *
 * @param input - the report input
 * @param summary - the ISP's summary
 * @param series - finds a series' history and forecast
 * @returns the HTML document
 * @example
 * const html = await renderIspPage(input, summary, series);
 */
export async function renderIspPage(
  input: ReportInput,
  summary: IspSummary,
  series: Lookup<ReportSeries>,
): Promise<string> {
  const groups = input.evaluations
    .filter((e) => e.level === 'group' && e.isp === summary.isp)
    .sort(byUrgency);
  const growth = `${formatGrowth(summary.growthPctPerYear)} (${formatGrowth(summary.growthLowPctPerYear)} to ${formatGrowth(summary.growthHighPctPerYear)})`;
  // The ISP's total has no runout of its own to mark: its groups do.
  const total = await renderSeriesFigure(
    input,
    series('isp', summary.isp),
    undefined,
    `${summary.isp}: total demand, growth ${growth}`,
    [forecastEndNote(formatGrowth(summary.growthPctPerYear))],
  );
  const sections = await Promise.all(
    groups.map((e) => groupSection(input, e, series('group', e.key))),
  );
  const action = groups.filter((e) => e.severity !== 'ok').length;
  const body = `<h2 id="action">Bundles that need action (${action})</h2>${chartLegend(input.decisionLevel)}
${sections.slice(0, action).join('\n') || '<p>None: no bundle crosses a threshold within the horizon.</p>'}
<h2 id="bundles">All bundles (${groups.length})</h2>
${renderBundleTable(groups, input.evaluations)}
<h2 id="total">Total demand</h2>${facts([
    ['Total demand (p95)', formatBps(summary.demandBps)],
    [`Growth per year (${input.decisionLevel}% interval)`, growth],
    ['Capacity', formatBps(summary.capacityBps)],
    ['Headroom', formatPct(summary.headroom)],
    ['Groups at risk', String(summary.groupsAtRisk)],
    ['Worst severity', severityBadge(summary.worstSeverity)],
  ])}${total}
<h2 id="others">Bundles with no action needed (${groups.length - action})</h2>
${sections.slice(action).join('\n')}`;
  const pack = `../partners/${ispSlug(summary.isp)}.html`;
  const subtitle = `AS${summary.asn} · ${escapeHtml(summary.region)} · owner ${escapeHtml(summary.owner)} · <a href="${pack}">partner pack (printable, for the ISP)</a> · <a href="../index.html">back to overview</a>`;
  return renderPage(input, { title: summary.isp, subtitle, root: '../', body });
}

async function groupSection(
  input: ReportInput,
  e: Evaluation,
  s: ReportSeries | undefined,
): Promise<string> {
  const figure = await renderSeriesFigure(
    input,
    s,
    e,
    `${e.key}: daily peak, forecast and capacity`,
  );
  return `<section class="group" id="${groupAnchor(e.key)}" aria-labelledby="${groupAnchor(e.key)}-h">
<h3 id="${groupAnchor(e.key)}-h">${escapeHtml(e.key)} ${severityBadge(e.severity)}</h3>
<p class="need">${escapeHtml(needSentence(e, input.asOf))}</p>${overdueBlock(e, input.asOf)}
${facts([
  [
    'p95 now / capacity',
    `${formatBps(e.lastPeakBps)} / ${formatBps(e.capacityBps)}`,
  ],
  ['Utilization', formatPct(e.utilization)],
  [
    `Warning ${formatPct(e.warning)} runout (upper)`,
    runoutFact(e, e.warning, 'warning'),
  ],
  [
    `Critical ${formatPct(e.critical)} runout (upper)`,
    runoutFact(e, e.critical, 'critical'),
  ],
  ['Order by', formatDate(e.orderByDate)],
  ['N-1', n1Text(e)],
  ['Planned augments', plannedText(e)],
  ...inServiceFact(e),
  ['Growth (mean forecast)', formatGrowth(e.growthPctPerYear)],
  ['Model', escapeHtml(e.model)],
])}${figure}</section>`;
}

/** The augments in service already, when the group has any. */
function inServiceFact(e: Evaluation): [string, string][] {
  const text = inServiceText(e);
  return text === '' ? [] : [['In service', text]];
}

/**
 * A runout fact: reached already, or the upper bound's date (the one to
 * plan on, first, as on the overview and in the email), the mean's after.
 */
function runoutFact(
  e: Evaluation,
  ratio: number,
  which: 'warning' | 'critical',
): string {
  if (reachedNow(e, ratio)) return `reached (${formatPct(e.utilization)} now)`;
  const [upper, mean] =
    which === 'warning'
      ? [e.warningDateUpper, e.warningDate]
      : [e.criticalDateUpper, e.criticalDate];
  return `${formatDate(upper)} (mean: ${formatDate(mean)})`;
}

function overdueBlock(e: Evaluation, asOf: string): string {
  const plan = overduePlan(e, asOf);
  if (plan === undefined) return '';
  const [head, ...choices] = overdueLines(plan);
  return `<div class="overdue"><p><strong>${escapeHtml(head!)}</strong></p><ul>${choices.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul></div>`;
}
