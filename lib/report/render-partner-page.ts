import type { Evaluation, IspSummary } from '#lib/domain/evaluation';
import { reachedNow } from '#lib/domain/reached-now';
import { whollyDown } from '#lib/domain/wholly-down';
import { augmentsOf } from './augments-of.ts';
import {
  escapeHtml,
  formatBps,
  formatGrowth,
  formatPct,
  plural,
} from './format.ts';
import { groupName } from './group-name.ts';
import { linkPorts } from './link-ports.ts';
import { n1Status, SINGLE_LINK } from './n1-status.ts';
import type { ReportInput } from './report-input.ts';

/** A plain, printable style: no internal colours or severity classes. */
const PARTNER_STYLE = `body{margin:24px;font:13px/1.45 system-ui,Helvetica,Arial,sans-serif;color:#111}
h1{font-size:20px;margin:0}p.sub{color:#444;margin:4px 0 16px}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}
thead th{background:#eee}td.num{text-align:right;font-variant-numeric:tabular-nums}
.scroll{overflow-x:auto}@media (max-width:720px){body{margin:12px}}
@page{size:A4 landscape;margin:12mm}@media print{body{margin:0}.scroll{overflow:visible}tr{break-inside:avoid}}`;

const n1 = (e: Evaluation) => {
  const s = n1Status(e);
  if (s.kind === 'single') return SINGLE_LINK;
  if (s.kind === 'fails') return 'does not fit with the largest link down';
  return s.kind === 'ok'
    ? 'fits with the largest link down'
    : `fits today; not from ${s.date}`;
};

const planned = (e: Evaluation) =>
  augmentsOf(e, false)
    .map((a) => `+${formatBps(a.addedBps)} from ${a.inServiceDate}`)
    .join('<br>') || '—';

/**
 * The capacity, and beneath it each augment in service already that it
 * holds (not planned any more, so not under "Augments planned").
 */
const capacity = (e: Evaluation) =>
  [
    formatBps(e.capacityBps),
    ...augmentsOf(e, true).map(
      (a) =>
        `${whollyDown(e.capacityBps) ? 'down:' : 'incl.'} +${formatBps(a.addedBps)} in service since ${a.inServiceDate}`,
    ),
  ].join('<br>');

/**
 * When the ask is needed: by the critical date, or as soon as possible
 * once that date is today or past, or critical is reached now (an
 * in-service date in the past is no date to put to a partner, nor the
 * forecast's first busier day over a threshold the email and the console
 * call reached).
 */
const neededBy = (e: Evaluation, asOf: string) => {
  const date = e.criticalDateUpper;
  if (date === undefined) return '';
  return date > asOf && !reachedNow(e, e.critical)
    ? `<br>in service by ${date}`
    : '<br>in service as soon as possible';
};

const ask = (e: Evaluation, asOf: string) =>
  e.recommendedPorts > 0
    ? `${e.recommendedPorts} × ${formatBps(e.portBps)}${neededBy(e, asOf)}`
    : '—';

/**
 * Which bundle a row is, in words the ISP can match to its own side: the
 * bundle's name when the inventory gives it one (two bundles at one site
 * and link type), then each member link with its ports.
 */
const bundle = (e: Evaluation, links: readonly Evaluation[]) => {
  const name = groupName(e);
  const members = links.map(
    (l) => `${escapeHtml(l.key)} (${linkPorts(l.capacityBps, e.portBps)})`,
  );
  const count =
    e.memberLinks === undefined ? [] : [plural(e.memberLinks, 'link')];
  const lines = [
    ...(name === undefined ? [] : [`<strong>${escapeHtml(name)}</strong>`]),
    ...(members.length > 0 ? members : count),
  ];
  return lines.join('<br>') || '—';
};

const row = (e: Evaluation, asOf: string, links: readonly Evaluation[]) =>
  `<tr><th scope="row">${escapeHtml(e.site)}</th><td>${escapeHtml(e.linkType)}</td><td>${bundle(e, links)}</td>\
<td class="num">${capacity(e)}</td><td class="num">${formatBps(e.lastPeakBps)}</td>\
<td class="num">${formatPct(e.utilization)}</td><td class="num">${formatGrowth(e.growthPctPerYear)}</td>\
<td>${n1(e)}</td><td>${planned(e)}</td><td>${ask(e, asOf)}</td></tr>`;

/**
 * The pack for the meeting with one ISP (`partners/<isp>.html`), printable
 * to PDF from the browser: per bundle (site, link type, its name if it has
 * one, its member links and ports) the capacity, p95, utilization,
 * growth, N-1, the augments planned and what we ask for — without
 * internal fields (owners, change references, severity words). An
 * augment in service already is named under the capacity that holds it.
 *
 * @param summary - the ISP's summary (total demand and growth interval)
 * @param groups - the ISP's group evaluations
 * @param asOf - the run's date
 * @param level - the decision interval's level, e.g. 80
 * @param links - member link evaluations by group key (`linksByGroup`)
 * @param scenario - a what-if's name and description: the pack then says
 *   on its face, printed too, that its figures are not the plan
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
): string {
  const rows = [...groups]
    .sort(
      (a, b) =>
        a.site.localeCompare(b.site) ||
        a.linkType.localeCompare(b.linkType) ||
        a.key.localeCompare(b.key),
    )
    .map((e) => row(e, asOf, links.get(e.key) ?? []))
    .join('\n');
  const growth = `${formatGrowth(summary.growthPctPerYear)} (${level}% interval ${formatGrowth(summary.growthLowPctPerYear)} to ${formatGrowth(summary.growthHighPctPerYear)})`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(summary.isp)} · interconnection capacity · ${asOf}</title>
<style>${PARTNER_STYLE}</style></head>
<body><h1>${escapeHtml(summary.isp)} (AS${summary.asn}): interconnection capacity</h1>
${whatIf(scenario)}<p class="sub">As of ${asOf}. Total peak demand (p95) ${formatBps(summary.demandBps)} on ${formatBps(summary.capacityBps)}; growth ${growth}.</p>
<div class="scroll"><table><caption>One row per bundle: the links at one site that share the traffic and stand in for each other when one fails. p95 = 95th percentile of the daily 5-minute samples; growth per year of the forecast; N-1 = the peak with the largest link down.</caption>
<thead><tr><th scope="col">Site</th><th scope="col">Type</th><th scope="col">Bundle and links</th><th scope="col">Capacity</th><th scope="col">p95 now</th><th scope="col">Utilization</th><th scope="col">Growth</th><th scope="col">N-1</th><th scope="col">Augments planned</th><th scope="col">We ask for</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
</body></html>
`;
}

/** The what-if's note, as the report's other pages give it. */
function whatIf(scenario: ReportInput['scenario']): string {
  if (scenario === undefined) return '';
  // Styled in place, so that the plan's pack stays as it is.
  return `<p class="banner" role="note" style="border:2px solid #000;padding:6px 10px;font-weight:600">\
Scenario “${escapeHtml(scenario.name)}”: ${escapeHtml(scenario.description)} \
These figures are a what-if, not the plan.</p>
`;
}
