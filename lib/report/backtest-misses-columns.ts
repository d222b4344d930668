import type { BacktestCase } from '#lib/domain/backtest';
import { ispSlug } from '#lib/domain/slug';
import { severityRank } from '#lib/domain/vocabulary';
import { severityBadge } from './describe.ts';
import { escapeHtml, formatDate } from './format.ts';
import type { Column } from './html-table.ts';
import { groupAnchor } from './rank.ts';

/**
 * The pages of this run a miss can link to: the capacity groups that have
 * a section on their ISP's page (group → its ISP today, which may not be
 * the one of the backtest's date), and the ISPs that have a page.
 */
export interface MissTargets {
  readonly groups: ReadonlyMap<string, string>;
  readonly isps: ReadonlySet<string>;
}

/**
 * The group of a miss, linked as the overview's and the changes' tables
 * link theirs: to its section on its ISP's page; to the ISP's page when
 * this run has no section of the group (retired, or renamed since), and
 * plain when it has no page of the ISP either (no link dangles).
 */
function groupCell(c: BacktestCase, to: MissTargets): string {
  const name = escapeHtml(c.group);
  const isp = to.groups.get(c.group);
  if (isp !== undefined)
    return `<a href="isp/${ispSlug(isp)}.html#${groupAnchor(c.group)}">${name}</a>`;
  if (to.isps.has(c.isp))
    return `<a href="isp/${ispSlug(c.isp)}.html" title="not in this run: ${escapeHtml(c.isp)}’s page">${name}</a>`;
  return name;
}

/**
 * The columns of the accuracy page's table of backtest misses: the group
 * (linked to this run's page of it), the as-of date, the outcome, the
 * severity replayed at that date as the badge of the other tables
 * (sorted by rank, critical first when descending), and the dates.
 *
 * @param to - the groups and ISPs with a page in this run
 * @returns the columns
 * @example
 * renderTable({ id: 'backtest-misses', caption: '', rows: misses,
 *   columns: backtestMissesColumns({ groups, isps }) });
 */
export function backtestMissesColumns(to: MissTargets): Column<BacktestCase>[] {
  return [
    {
      header: 'Group',
      cell: (c) => groupCell(c, to),
      rowHeader: true,
      title: 'Linked to the group on its ISP page of this run',
    },
    { header: 'As of', cell: (c) => c.asOf, kind: 'date' },
    {
      header: 'Outcome',
      cell: (c) =>
        c.outcome === 'false-positive'
          ? 'alert, no crossing'
          : 'crossing, no alert',
    },
    {
      header: 'Severity',
      cell: (c) => (c.severity ? severityBadge(c.severity) : '—'),
      sort: (c) => (c.severity ? severityRank(c.severity) : undefined),
      title: 'The severity replayed at the as-of date',
    },
    date('Order by', (c) => c.orderByDate),
    date('Critical (upper)', (c) => c.criticalDateUpper),
    date('Actual crossing', (c) => c.actualCrossing),
  ];
}

const date = (
  header: string,
  of: (c: BacktestCase) => string | undefined,
): Column<BacktestCase> => ({
  header,
  cell: (c) => formatDate(of(c)),
  kind: 'date',
});
