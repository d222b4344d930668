import type { Evaluation } from '#lib/domain/evaluation';
import type { IspSummary } from '#lib/domain/isp-summary';
import { compareNames } from '#lib/domain/name-order';
import { asnText } from './asn-text.ts';
import { escapeHtml, formatBps, formatGrowth } from './format.ts';
import { scenarioNote } from './html-page.ts';
import { keepDatesWhole } from './keep-whole.ts';
import { partialPackText } from './partial-figures-text.ts';
import { PARTNER_COLUMNS, partnerRow } from './partner-row.ts';
import type { ReportInput } from './report-input.ts';

/**
 * A plain, printable style: no internal colours or severity classes. On
 * a phone's screen the table turns into one card per bundle, each cell
 * labelled by its column's name (by its place in the row: the rows stay
 * as printed), as the report's tables do: scrolled sideways, the ask,
 * the last column, was off the screen, and the member links broke at
 * every hyphen in a column a few words wide.
 */
const PARTNER_STYLE = `body{margin:24px;font:13px/1.45 system-ui,Helvetica,Arial,sans-serif;color:#111}
h1{font-size:20px;margin:0}p.sub{color:#444;margin:4px 0 16px}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}
thead th{background:#eee}td.num{text-align:right;font-variant-numeric:tabular-nums}.nowrap{white-space:nowrap}
.scroll{overflow-x:auto}@media (max-width:720px){body{margin:12px}}
@media screen and (max-width:720px){.scroll{overflow:visible}table,tbody{display:block;width:100%}thead{position:absolute;left:-9999px}
tr{display:block;border:1px solid #bbb;border-radius:4px;margin:0 0 10px;padding:4px 8px}th,td,td.num{display:flow-root;border:0;padding:3px 0 3px 9em;text-align:left}
tbody tr>*::before{float:left;margin-left:-9em;width:8.5em;color:#444;font-weight:400}
${PARTNER_COLUMNS.map((c, i) => `tbody tr>:nth-child(${i + 1})::before{content:"${c}"}`).join('')}}
@page{size:A4 landscape;margin:12mm}@media print{body{margin:0}.scroll{overflow:visible}tr{break-inside:avoid}}`;

/**
 * The pack for the meeting with one ISP (`partners/<isp>.html`), printable
 * to PDF from the browser: per bundle (site, link type, its name if it has
 * one, its member links and ports) the capacity, p95, utilization,
 * growth, N-1, the augments planned and what we ask for — without
 * internal fields (owners, change references, severity words). An
 * augment in service already is named under the capacity that holds it.
 * The key to the columns is a paragraph above the table, not its caption:
 * a caption is as wide as its table, and on a phone, where the table
 * scrolls sideways, its lines were cut at the screen's edges.
 *
 * @param summary - the ISP's summary (total demand and growth interval;
 *   where they are sums over the bundles listed, the pack says so)
 * @param groups - the ISP's group evaluations
 * @param asOf - the run's date
 * @param level - the decision interval's level, e.g. 80
 * @param links - member link evaluations by group key (`linksByGroup`)
 * @param scenario - a what-if's name and description: the pack then says
 *   on its face, printed too, that its figures are not the plan
 * @param lastTraffic - the lake's last day with traffic when it is days
 *   before the run (`lastTrafficDay`): the figures are as of it, which
 *   the pack says beside its date (it gave "p95 now" as if current)
 * @param young - on a lake under 28 days old, that growth is not forecast
 *   yet (`youngLakeText`): the pack said "growth 0.0%/yr" of the ISP and
 *   of each bundle, which a partner read as traffic not growing
 * @returns the HTML document
 * @example
 * renderPartnerPage(summary, groups, '2026-11-26', 80, linksByGroup(evaluations));
 */
export function renderPartnerPage(
  summary: IspSummary,
  groups: readonly Evaluation[],
  asOf: string,
  level: number,
  links: ReadonlyMap<string, readonly Evaluation[]>,
  scenario?: ReportInput['scenario'],
  lastTraffic?: string,
  young?: string,
): string {
  const rows = [...groups]
    .sort(
      (a, b) =>
        compareNames(a.site, b.site) ||
        compareNames(a.linkType, b.linkType) ||
        compareNames(a.key, b.key),
    )
    .map((e) => partnerRow(e, asOf, links.get(e.key) ?? []))
    .join('\n');
  const growth = `${formatGrowth(summary.growthPctPerYear)} (${level}% interval ${formatGrowth(summary.growthLowPctPerYear)} to ${formatGrowth(summary.growthHighPctPerYear)})`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(summary.isp)} · interconnection capacity · ${asOf}</title>
<style>${PARTNER_STYLE}</style></head>
<body><h1>${escapeHtml(summary.isp)} (${asnText(summary.asns)}): interconnection capacity</h1>
${whatIf(scenario)}<p class="sub">As of ${asOf}${asOfTraffic(lastTraffic)}. Total peak demand (p95) ${formatBps(summary.demandBps)} on ${formatBps(summary.capacityBps)}; growth ${growth}.${partialPackText(summary)}</p>
${young === undefined ? '' : note(keepDatesWhole(escapeHtml(young)))}<p id="columns">One row per bundle: the links at one site that share the traffic and stand in for each other when one fails. p95 = 95th percentile of the day's samples of the bundle's links summed; growth per year of the forecast; N-1 = the peak with the largest link down.</p>
<div class="scroll"><table aria-describedby="columns">
<thead><tr>${PARTNER_COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table></div>
</body></html>
`;
}

/** The day the figures are as of, when the traffic stopped before. */
const asOfTraffic = (day: string | undefined) =>
  day === undefined
    ? ''
    : `; traffic figures as of ${day}, the last day with traffic data`;

/** The what-if's note, as the report's other pages give it. */
function whatIf(scenario: ReportInput['scenario']): string {
  if (scenario === undefined) return '';
  return note(scenarioNote(scenario));
}

/** A note on the pack's face, printed too. Styled in place, so that the
 * plan's pack stays as it is. */
const note = (html: string) =>
  `<p class="banner" role="note" style="border:2px solid #000;padding:6px 10px;font-weight:600">${html}</p>
`;
