import type { Evaluation } from '#lib/domain/evaluation';
import type { IspSummary } from '#lib/domain/isp-summary';
import { compareNames } from '#lib/domain/name-order';
import { reachedNow } from '#lib/domain/reached-now';
import { SEVERITIES, severityRank } from '#lib/domain/vocabulary';
import { changesSectionPieces } from './changes-section.ts';
import { criticalLegend } from './critical-column.ts';
import { pagePieces } from './html-page.ts';
import { tablePieces } from './html-table.ts';
import { actionColumns, ISP_COLUMNS } from './index-columns.ts';
import { PARTIAL_CAPTION } from './partial-figures-text.ts';
import { renderQualitySection } from './quality-section.ts';
import { rankGroups } from './rank.ts';
import type { ReportInput } from './report-input.ts';
import { reportedIsps } from './reported-isps.ts';
import {
  AT_RISK_MEANING,
  SEVERITY_ACTION,
  SEVERITY_MEANING,
} from './severity-words.ts';

/**
 * Renders `index.html`: severity counts, the groups to order or watch
 * (every one at watch or above; "needing action" was said of bundles the
 * cards above say have nothing to order yet) ranked by order-by date,
 * every ISP's figures, and data-quality warnings.
 *
 * @param input - the report input
 * @returns the HTML document
 * @example
 * const html = renderIndex(input);
 */
export function renderIndex(input: ReportInput): string {
  return [...indexPieces(input)].join('');
}

/**
 * `renderIndex`'s document in pieces, its tables a thousand rows at a
 * time, so that publish streams it into the store without holding it
 * whole (18 MB at 10,000 links).
 *
 * @param input - the report input
 * @returns the pieces, which joined are `renderIndex(input)`
 * @example
 * const file = { path: 'index.html', pieces: () => indexPieces(input) };
 */
export function* indexPieces(input: ReportInput): Generator<string> {
  const groups = input.evaluations.filter((e) => e.level === 'group');
  const isps = reportedIsps(input).sort(
    (a, b) =>
      severityRank(b.worstSeverity) - severityRank(a.worstSeverity) ||
      compareNames(a.isp, b.isp),
  );
  const subtitle = `As of ${input.asOf} · ${groups.length} capacity groups · ${isps.length} ISPs`;
  yield* pagePieces(
    input,
    { title: 'Headroom capacity report', subtitle, root: '' },
    bodyPieces(input, groups, isps),
  );
}

function* bodyPieces(
  input: ReportInput,
  groups: readonly Evaluation[],
  isps: readonly IspSummary[],
): Generator<string> {
  const action = rankGroups(input.evaluations);
  yield* changesSectionPieces(input);
  yield `
<h2 id="severity">Capacity groups by severity</h2>
<div class="cards" role="list" aria-label="Groups by severity">${severityCards(groups)}</div>
<h2 id="action">Groups to order or watch (${action.length})</h2>
`;
  yield* actionPieces(input, action);
  yield `
<h2 id="isps">ISPs (${isps.length})</h2>
`;
  yield* tablePieces({
    id: 'isp-table',
    caption: `Growth interval at the ${input.decisionLevel}% decision level; headroom = 1 − demand / capacity. ${AT_RISK_MEANING}.${isps.some((s) => s.partial) ? ` ${PARTIAL_CAPTION}` : ''}`,
    columns: ISP_COLUMNS,
    rows: isps,
    filter: 'ISP, region, severity',
    allIn: 'isps.csv',
  });
  yield `
${renderQualitySection(input)}`;
}

/** The overview's words where no group is at watch or above. */
const NO_ACTION = 'None: no group crosses a threshold within the horizon.';

/**
 * The groups to order or watch, or, where there are none, a sentence
 * saying so, as the ISP page does: a filter box over a table of headers
 * alone read as a report that failed to load its rows.
 */
function* actionPieces(
  input: ReportInput,
  action: readonly Evaluation[],
): Generator<string> {
  if (action.length === 0) {
    yield `<p>${NO_ACTION}</p>`;
    return;
  }
  yield* tablePieces({
    id: 'action-table',
    caption: `Ranked by order-by date: the last day to start the augment. ${criticalLegend(input.decisionLevel)}`,
    columns: actionColumns(input.asOf, input.decisionLevel),
    rows: action,
    filter: 'ISP, site, severity',
    allIn: 'groups.csv',
  });
}

/** A card per severity, most severe first, and the count above warning. */
function severityCards(groups: readonly Evaluation[]): string {
  // A bundle a what-if has wholly down today has no utilization to be
  // over warning with (`reachedNow`): its row names the outage.
  const above = groups.filter((e) => reachedNow(e, e.warning)).length;
  return [...SEVERITIES]
    .reverse()
    .map(
      (s) =>
        `<div role="listitem" class="card ${s}"><strong>${groups.filter((e) => e.severity === s).length}</strong>${s}: ${SEVERITY_ACTION[s]}<small>${SEVERITY_MEANING[s]}</small></div>`,
    )
    .join('')
    .concat(
      `<div role="listitem" class="card warning"><strong>${above}</strong>above warning now<small>utilization at or over the warning threshold today</small></div>`,
    );
}
