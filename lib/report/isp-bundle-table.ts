import type { Evaluation } from '#lib/domain/evaluation';
import { severityRank } from '#lib/domain/vocabulary';
import { severityBadge } from './describe.ts';
import { escapeHtml, formatBps } from './format.ts';
import { formatUtilization } from './format-utilization.ts';
import { renderTable } from './html-table.ts';
import { n1Cell } from './index-cells.ts';
import { linkPorts } from './link-ports.ts';
import { groupAnchor } from './rank.ts';

/** A bundle with its member links. */
interface Bundle {
  readonly group: Evaluation;
  readonly links: readonly Evaluation[];
}

const ports = (b: Bundle) =>
  b.links
    .map((l) => {
      const size = linkPorts(l.capacityBps, b.group.portBps);
      return `${escapeHtml(l.key)}<span class="sub">${size} · ${formatUtilization(l)}</span>`;
    })
    .join('') || `<span class="sub">${b.group.memberLinks ?? '?'} links</span>`;

/**
 * The ISP page's compact table of all its bundles: severity, utilization,
 * capacity, N-1, and the member links with their ports.
 *
 * @param groups - the ISP's group evaluations, most urgent first
 * @param evaluations - every evaluation (its links are found by group)
 * @param asOf - the run's date, for N-1
 * @returns the table's HTML
 * @example
 * renderBundleTable(groups, input.evaluations, input.asOf);
 */
export function renderBundleTable(
  groups: readonly Evaluation[],
  evaluations: readonly Evaluation[],
  asOf: string,
): string {
  const rows: Bundle[] = groups.map((group) => ({
    group,
    links: evaluations.filter(
      (e) => e.level === 'link' && e.group === group.key,
    ),
  }));
  return renderTable<Bundle>({
    id: 'bundle-table',
    caption: 'Every bundle of this ISP with its member links and ports.',
    rows,
    columns: [
      {
        header: 'Bundle',
        cell: (b) =>
          `<a href="#${groupAnchor(b.group.key)}">${escapeHtml(b.group.key)}</a>`,
        rowHeader: true,
      },
      {
        header: 'Severity',
        cell: (b) => severityBadge(b.group.severity),
        sort: (b) => severityRank(b.group.severity),
      },
      {
        header: 'Utilization',
        cell: (b) =>
          `${formatUtilization(b.group)}<span class="sub">${formatBps(b.group.lastPeakBps)} of ${formatBps(b.group.capacityBps)}</span>`,
        sort: (b) => b.group.utilization,
        kind: 'num',
      },
      { header: 'N-1', cell: (b) => n1Cell(b.group, asOf) },
      { header: 'Links and ports', cell: ports },
    ],
  });
}
