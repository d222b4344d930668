import type { Evaluation } from '#lib/domain/evaluation';
import { reachedNow } from '#lib/domain/reached-now';
import { overduePlan } from '#lib/rules/overdue-plan';
import { inServiceText } from './augments-of.ts';
import { n1Text, plannedText, severityBadge } from './describe.ts';
import { dueMark } from './email-format.ts';
import {
  escapeHtml,
  formatBps,
  formatDate,
  formatGrowth,
  formatPct,
  NEITHER_WITHIN_HORIZON,
  NOT_WITHIN_HORIZON,
} from './format.ts';
import { formatUtilization } from './format-utilization.ts';
import { keepDatesWhole } from './keep-whole.ts';
import { modelFact } from './model-words.ts';
import { needSentence } from './need-sentence.ts';
import { overdueLines } from './overdue-text.ts';
import { groupAnchor } from './rank.ts';
import type { PageInput, ReportSeries } from './report-input.ts';
import { renderSeriesFigure } from './series-figure.ts';

/** A definition list of figures, as the ISP page shows them. */
export const facts = (pairs: readonly [string, string][]): string =>
  `<dl class="facts">${pairs.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>`;

/**
 * One capacity group's section of its ISP's page: the sentence on what is
 * needed by when, an overdue plan's choices, its key figures, its
 * forecast's notes and chart.
 *
 * @param input - the report input
 * @param e - the group's evaluation
 * @param s - its history and forecast, when charted
 * @returns the `<section>`
 * @example
 * const html = await groupSection(input, evaluation, series);
 */
export async function groupSection(
  input: PageInput,
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
<p class="need">${prose(needSentence(e, input.asOf))}</p>${overdueBlock(e, input.asOf)}
${facts([
  [
    'p95 now / capacity',
    `${formatBps(e.lastPeakBps)} / ${formatBps(e.capacityBps)}`,
  ],
  ['Utilization', formatUtilization(e)],
  [
    `Warning ${formatPct(e.warning)} runout (upper)`,
    runoutFact(e, e.warning, 'warning'),
  ],
  [
    `Critical ${formatPct(e.critical)} runout (upper)`,
    runoutFact(e, e.critical, 'critical'),
  ],
  ['Order by', orderByFact(e, input.asOf)],
  ['N-1', n1Text(e, input.asOf)],
  ['Planned augments', plannedText(e)],
  ...inServiceFact(e),
  ['Growth (mean forecast)', formatGrowth(e.growthPctPerYear)],
  ['Model', modelFact(e.model)],
])}${notesBlock(s)}${figure}</section>`;
}

/**
 * The order-by date, marked beneath when it is today or past as the
 * overview's cell marks it (`dueMark`: 'needed now', 'OVERDUE 53 d',
 * 'due today'): bare, a bundle needed now read 'Order by 2026-09-07', a
 * deadline missed by the lead time, beside its sentence's 'order today'.
 */
function orderByFact(e: Evaluation, asOf: string): string {
  const mark = dueMark(e, asOf);
  const date = formatDate(e.orderByDate);
  return mark === undefined
    ? date
    : `${date}<span class="sub bad">${mark}</span>`;
}

/**
 * The forecast's notes, by the chart they explain: days left out (a link
 * gone quiet, a turn-up), the last days without data, a retired link's
 * traffic taken out of the days before. They were on the overview alone,
 * and the chart's gap read as a fault of the page; the ISP's total
 * demand has them too (docs/architecture.md "Retired links"), and the
 * notes on its links not in links.csv (`unlistedNotes`), also when it
 * has no forecast.
 *
 * @param s - the charted series, if any
 * @param more - notes of the series' own beside its forecast's
 * @returns the notes' list, or '' when none
 * @example
 * notesBlock(series('isp', 'Acme')); // '<ul class="notes" …'
 */
export function notesBlock(
  s: ReportSeries | undefined,
  more: readonly string[] = [],
): string {
  const notes = [...(s?.forecast.warnings ?? []), ...more];
  if (notes.length === 0) return '';
  const items = notes.map((note) => `<li>${prose(note)}</li>`).join('');
  return `<ul class="notes" aria-label="Forecast notes">${items}</ul>`;
}

/** The augments in service already, when the group has any. */
function inServiceFact(e: Evaluation): [string, string][] {
  const text = inServiceText(e);
  return text === '' ? [] : [['In service', text]];
}

/**
 * A runout fact: reached already, or the upper bound's date (the one to
 * plan on, first, as on the overview and in the email), the mean's after;
 * a forecast that does not reach it in the emails' words.
 */
function runoutFact(
  e: Evaluation,
  ratio: number,
  which: 'warning' | 'critical',
): string {
  if (reachedNow(e, ratio)) return `reached (${formatUtilization(e)} now)`;
  const [upper, mean] =
    which === 'warning'
      ? [e.warningDateUpper, e.warningDate]
      : [e.criticalDateUpper, e.criticalDate];
  // As the overview's cell: '—', both named (a bare 'not within the
  // horizon' read as said of one of them).
  if (upper === undefined && mean === undefined) {
    return `${formatDate(upper)} (${NEITHER_WITHIN_HORIZON})`;
  }
  const beneath =
    mean === undefined
      ? `(mean: ${NOT_WITHIN_HORIZON})`
      : `<span class="nowrap">(mean: ${formatDate(mean)})</span>`;
  return `${formatDate(upper)} ${beneath}`;
}

function overdueBlock(e: Evaluation, asOf: string): string {
  const plan = overduePlan(e, asOf);
  if (plan === undefined) return '';
  const [head, ...choices] = overdueLines(plan);
  return `<div class="overdue"><p><strong>${prose(head!)}</strong></p>${choices.length > 0 ? `<ul>${choices.map((c) => `<li>${prose(c)}</li>`).join('')}</ul>` : ''}</div>`;
}

/**
 * A sentence of the page, escaped, its dates kept whole (`keepDatesWhole`):
 * the text reads the same, but a narrow page no longer breaks
 * `2027-04-15` at a hyphen.
 */
function prose(text: string): string {
  return keepDatesWhole(escapeHtml(text));
}
