import { staleDataText } from './email-stale-data.ts';
import { escapeHtml } from './format.ts';
import { keepDatesWhole } from './keep-whole.ts';
import { PAGE_SCRIPT } from './page-script.ts';
import { PAGE_STYLE } from './page-style.ts';
import type { PageInput } from './report-input.ts';
import { youngLakeText } from './young-lake.ts';

/** What one HTML page of the report contains. */
export interface PageParts {
  /** `<title>` and `<h1>` text. */
  readonly title: string;
  /** One line under the heading (already HTML). */
  readonly subtitle: string;
  /** Relative path to the report's root: '' or '../'. */
  readonly root: string;
  /** The page's content (already HTML). */
  readonly body: string;
}

/**
 * Wraps a page's content in the report's shell: inline style and script,
 * navigation with relative links, the scenario banner when present, the
 * day the figures are as of when the traffic stopped before the run, and
 * on a lake under 28 days old that growth is not forecast yet.
 *
 * @param input - the report input (run, as-of date, scenario)
 * @param parts - the page's title, subtitle, root and body
 * @returns the complete HTML document
 * @example
 * renderPage(input, { title: 'Acme', subtitle: '', root: '../', body });
 */
export function renderPage(input: PageInput, parts: PageParts): string {
  return [...pagePieces(input, parts, [parts.body])].join('');
}

/**
 * `renderPage`'s document in pieces around a body given in pieces, for a
 * page that streams into the store (the overview).
 *
 * @param input - the report input (run, as-of date, scenario)
 * @param parts - the page's title, subtitle and root
 * @param body - the page's content (already HTML), in pieces
 * @returns the pieces, which joined are `renderPage` of the joined body
 * @example
 * [...pagePieces(input, { title: 'Overview', subtitle: '', root: '' },
 *   tablePieces(table))].join('');
 */
export function* pagePieces(
  input: PageInput,
  parts: Omit<PageParts, 'body'>,
  body: Iterable<string>,
): Generator<string> {
  const { root } = parts;
  const links = [
    ['index.html', 'Overview'],
    ['accuracy.html', 'Forecast accuracy'],
    ['groups.csv', 'groups.csv'],
    ['isps.csv', 'isps.csv'],
    ['links.csv', 'links.csv'],
    ['augments.csv', 'augments.csv'],
    ['alerts.json', 'alerts.json'],
    ['data-quality.json', 'data-quality.json'],
  ]
    .map(([href, text]) => `<a href="${root}${href}">${text}</a>`)
    // A space between links, which the flex row does not draw: without
    // one, the page's text (a reader mode, a text-only mail client, a
    // copy without styles) read "OverviewForecast accuracygroups.csv".
    .join(' ');
  yield `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(parts.title)} · Headroom ${input.asOf}</title>
<style>${PAGE_STYLE}</style></head>
<body><header class="top"><h1>${escapeHtml(parts.title)}</h1>
<p>${parts.subtitle}</p>
<nav class="links" aria-label="Report">${links}</nav></header>
<main>${scenarioBanner(input)}${staleBanner(input)}${youngBanner(input)}`;
  yield* body;
  yield `</main>
<footer>${keepDatesWhole(`Headroom · as of ${input.asOf} · run ${escapeHtml(input.runId)} · \
generated ${escapeHtml(input.generatedAt)}`)} · decision interval \
${input.decisionLevel}%</footer>
<script>${PAGE_SCRIPT}</script></body></html>
`;
}

/**
 * The lake's traffic stopped days before the run: the figures ("p95
 * now", utilization, the dates counted from them) are those of its last
 * day with traffic, as the emails, the console and the partner pack say;
 * these pages gave them as if current, the note by each chart alone
 * naming the days.
 */
function staleBanner(input: PageInput): string {
  const stale = staleDataText(input.dataQuality, input.asOf);
  return stale === undefined
    ? ''
    : `<p class="banner" role="note">Data: ${keepDatesWhole(escapeHtml(stale))}</p>`;
}

/**
 * A lake under 28 days old: its forecasts repeat the last days with no
 * trend, so a bundle reads "ok" for want of growth forecast, not because
 * none is coming. The console says so under its counts; the pages said it
 * only at the foot of the overview, below the cards that read "ok: no
 * crossing". Its dates, as the stale banner's, are kept whole: 320 px
 * broke 'since 2026-12-04' at a hyphen.
 */
function youngBanner(input: PageInput): string {
  const young = youngLakeText(input.dataQuality, input.asOf);
  return young === undefined
    ? ''
    : `<p class="banner" role="note">${keepDatesWhole(escapeHtml(young))}</p>`;
}

function scenarioBanner(input: PageInput): string {
  const { scenario } = input;
  if (scenario === undefined) return '';
  return `<p class="banner" role="note">${scenarioNote(scenario)}</p>`;
}

/**
 * A what-if's note at the top of every page and partner pack, as HTML:
 * its description (`describeScenario`: 'What if fra1-outage: site FRA1
 * down …', which names it) and that the figures are not the plan. A
 * 'Scenario “fra1-outage”:' before it said the name twice.
 *
 * @param scenario - the run's what-if
 * @returns escaped HTML text
 * @example
 * scenarioNote({ name: 'x', description: 'What if x: site FRA1 down.' });
 * // 'What if x: site FRA1 down. These figures are a what-if, not the plan.'
 */
export function scenarioNote(
  scenario: NonNullable<PageInput['scenario']>,
): string {
  return `${escapeHtml(scenario.description)} These figures are a what-if, not the plan.`;
}
