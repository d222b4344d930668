import type { Evaluation } from '#lib/domain/evaluation';
import { overduePlan } from '#lib/rules/overdue-plan';
import { severityBadge } from './describe.ts';
import { escapeHtml } from './format.ts';
import { groupFacts } from './group-facts.ts';
import { keepFiguresWhole } from './keep-whole.ts';
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
${facts(groupFacts(e, input.asOf))}${notesBlock(s)}${figure}</section>`;
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

function overdueBlock(e: Evaluation, asOf: string): string {
  const plan = overduePlan(e, asOf);
  if (plan === undefined) return '';
  const [head, ...choices] = overdueLines(plan);
  return `<div class="overdue"><p><strong>${prose(head!)}</strong></p>${choices.length > 0 ? `<ul>${choices.map((c) => `<li>${prose(c)}</li>`).join('')}</ul>` : ''}</div>`;
}

/**
 * A sentence of the page, escaped, its figures kept whole
 * (`keepFiguresWhole`): the text reads the same, but a narrow page no
 * longer breaks `2027-04-15` at a hyphen, nor `+2 × 100 Gbps` or
 * `60 days` at a space.
 */
function prose(text: string): string {
  return keepFiguresWhole(escapeHtml(text));
}
