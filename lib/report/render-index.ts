import { SEVERITIES, severityRank } from '#lib/domain/vocabulary';
import { renderChangesSection } from './changes-section.ts';
import { criticalLegend } from './critical-column.ts';
import { renderPage } from './html-page.ts';
import { renderTable } from './html-table.ts';
import { actionColumns, ISP_COLUMNS } from './index-columns.ts';
import { renderQualitySection } from './quality-section.ts';
import { rankGroups } from './rank.ts';
import type { ReportInput } from './report-input.ts';
import { reportedIsps } from './reported-isps.ts';

/** What each severity means, so that no count reads as "all clear". */
const SEVERITY_MEANING = {
  critical: 'order-by date today or past',
  warning: 'order-by date within the warning window',
  watch: 'a threshold is crossed within the horizon',
  ok: 'no threshold crossed within the horizon',
} as const;
/** What each severity asks of the reader, so '0 warning' is not 'all clear'. */
const SEVERITY_ACTION = {
  critical: 'order now',
  warning: 'order soon',
  watch: 'crosses later',
  ok: 'no crossing',
} as const;

/**
 * Renders `index.html`: severity counts, the groups needing action ranked
 * by order-by date, every ISP's figures, and data-quality warnings.
 *
 * @param input - the report input
 * @returns the HTML document
 * @example
 * const html = renderIndex(input);
 */
export function renderIndex(input: ReportInput): string {
  const groups = input.evaluations.filter((e) => e.level === 'group');
  const above = groups.filter((e) => e.utilization >= e.warning).length;
  const cards = [...SEVERITIES]
    .reverse()
    .map(
      (s) =>
        `<div class="card ${s}"><strong>${groups.filter((e) => e.severity === s).length}</strong>${s}: ${SEVERITY_ACTION[s]}<small>${SEVERITY_MEANING[s]}</small></div>`,
    )
    .join('')
    .concat(
      `<div class="card warning"><strong>${above}</strong>above warning now<small>utilization at or over the warning threshold today</small></div>`,
    );
  const action = rankGroups(input.evaluations);
  const isps = reportedIsps(input).sort(
    (a, b) =>
      severityRank(b.worstSeverity) - severityRank(a.worstSeverity) ||
      a.isp.localeCompare(b.isp),
  );
  const body = `${renderChangesSection(input)}
<h2 id="severity">Capacity groups by severity</h2>
<div class="cards" role="list" aria-label="Groups by severity">${cards.replaceAll('<div class="card', '<div role="listitem" class="card')}</div>
<h2 id="action">Groups needing action (${action.length})</h2>
${renderTable({ id: 'action-table', caption: `Ranked by order-by date: the last day to start the augment. ${criticalLegend(input.decisionLevel)}`, columns: actionColumns(input.asOf, input.decisionLevel), rows: action, filter: true })}
<h2 id="isps">ISPs (${isps.length})</h2>
${renderTable({ id: 'isp-table', caption: `Growth interval at the ${input.decisionLevel}% decision level; headroom = 1 − demand / capacity.`, columns: ISP_COLUMNS, rows: isps, filter: true })}
${renderQualitySection(input)}`;
  const subtitle = `As of ${input.asOf} · ${groups.length} capacity groups · ${isps.length} ISPs`;
  return renderPage(input, {
    title: 'Headroom capacity report',
    subtitle,
    root: '',
    body,
  });
}
