import type { Evaluation } from '#lib/domain/evaluation';
import { reachedNow } from '#lib/domain/reached-now';
import { isAtRisk } from '#lib/domain/vocabulary';
import { dueMark } from '#lib/report/email-format';
import { formatBps, formatDate } from '#lib/report/format';
import { formatUtilization } from '#lib/report/format-utilization';
import { noAskText } from '#lib/report/late-augment-text';
import { byUrgency } from '#lib/report/rank';
import { columnWidths, padColumns } from '#lib/report/text-columns';
import { wrapText } from '#lib/report/wrap-text';
import { CONSOLE_WIDTH, wrapName } from './console-width.ts';

/** How many groups the console lists. */
const SHOWN = 12;

/** Where a group's figures start: under its name, indented. */
const FIGURES = '    ';

/** The figures' header, on one line. */
const HEADER = [
  ['SEVERITY', 'ORDER BY', 'P95', 'UTIL', 'CRITICAL (UPPER)', 'ADD'],
];

/**
 * The same on two lines, the critical date's `(UPPER)` under its word,
 * six columns narrower, for a table the one-line header makes wider than
 * the terminal.
 */
const TWO_LINE_HEADER = [
  ['SEVERITY', 'ORDER BY', 'P95', 'UTIL', 'CRITICAL', 'ADD'],
  ['', '', '', '', '(UPPER)', ''],
];

/**
 * The console summary's table of the groups at risk, most urgent first
 * as the report ranks them (`byUrgency`), the first 12, and how many more
 * the report lists; or that none needs an augment ordered.
 *
 * @param evaluations - the run's evaluations
 * @param asOf - the run's date
 * @returns the table's lines
 * @example
 * formatUrgentGroups(summary.evaluations, '2026-11-26');
 * // ['  GROUP', '    SEVERITY  ORDER BY  …', '  Acme/LHR1/pni', …]
 */
export function formatUrgentGroups(
  evaluations: readonly Evaluation[],
  asOf: string,
): string[] {
  const urgent = evaluations
    .filter((e) => e.level === 'group' && isAtRisk(e.severity))
    .sort(byUrgency);
  if (urgent.length === 0) return ['No group needs an augment ordered.'];
  const more = urgent.length - SHOWN;
  return [
    ...formatTable(urgent.slice(0, SHOWN), asOf),
    ...(more > 0 ? [`… and ${more} more in the report`] : []),
  ];
}

/**
 * The urgent groups as a table that fits an 80-column terminal: each
 * group's name on a line of its own (or more, `wrapName`: one over 78
 * characters ran past the terminal), its figures on the line beneath,
 * in columns under a header. With the name as a column the table was
 * 115 characters wide (a bundle named in links.csv, 'Falcon Gulf
 * Telecom DXB1 cache bundle 1', is 39), and an 80-column terminal
 * wrapped every row into the next. The order-by column says where the
 * order stands as the alert and the overview do (`dueMark`: 'needed
 * now', 'OVERDUE 53 d', 'due today'), and the date only while it is
 * ahead: a bare date one lead time ago read as a deadline missed for a
 * bundle needed now, and a date gone by never read as late; the report
 * keeps the date. Where the widest cells together (`OVERDUE 1425 d`,
 * `12.3 Tbps`, `112.3%`, `120 × 400 Gbps`) made a row of 81 columns,
 * the header goes on two lines, `(UPPER)` under `CRITICAL`. A bundle
 * with no ask whose planned augment lands late says to expedite it on a
 * third line, as the digest does, wrapped within the 80 columns (with
 * its reference it was 86): its ask column's '—' beside 'needed now'
 * read as nothing to do.
 */
function formatTable(rows: readonly Evaluation[], asOf: string): string[] {
  const cells = rows.map((e) => figureCells(e, asOf));
  const header =
    widest(HEADER, cells) <= CONSOLE_WIDTH ? HEADER : TWO_LINE_HEADER;
  const widths = columnWidths(header[0]!, [...header.slice(1), ...cells]);
  const line = (row: readonly string[]) => padColumns(FIGURES, row, widths);
  return [
    '  GROUP',
    ...header.map(line),
    ...rows.flatMap((e, i) => {
      const late = noAskText(e);
      return [
        ...wrapName(e.key, '  '),
        line(cells[i]!),
        ...(late === undefined
          ? []
          : wrapText(late, FIGURES, `${FIGURES}  `, CONSOLE_WIDTH)),
      ];
    }),
  ];
}

/** A group's figures, in the header's order. */
function figureCells(e: Evaluation, asOf: string): string[] {
  return [
    e.severity,
    dueMark(e, asOf) ?? formatDate(e.orderByDate),
    formatBps(e.lastPeakBps),
    formatUtilization(e),
    reachedNow(e, e.critical) ? 'reached' : formatDate(e.criticalDateUpper),
    e.recommendedPorts > 0
      ? `${e.recommendedPorts} × ${formatBps(e.portBps)}`
      : '—',
  ];
}

/** The widest line, in code points, of the figures under `header`. */
function widest(
  header: readonly (readonly string[])[],
  cells: readonly (readonly string[])[],
): number {
  const rows = [...header, ...cells];
  const widths = columnWidths(header[0]!, rows);
  return Math.max(
    ...rows.map((row) => [...padColumns(FIGURES, row, widths)].length),
  );
}
