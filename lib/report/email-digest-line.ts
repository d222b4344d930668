import type { Evaluation } from '#lib/domain/evaluation';
import { reachedNow } from '#lib/domain/reached-now';
import { dueMark } from './email-format.ts';
import { formatBps, formatDate } from './format.ts';
import { formatUtilization } from './format-utilization.ts';
import { bundleTitle } from './group-name.ts';
import { NOT_WITHIN_HORIZON } from './horizon-words.ts';
import { noAskText } from './late-augment-text.ts';
import { columnWidths, padColumns } from './text-columns.ts';
import { wrapText } from './wrap-text.ts';

/** Where a bundle's title starts, and its figures: beneath it, indented. */
const TITLE = '  ';
const FIGURES = '    ';

/** The figures' columns; the last is not padded. */
const HEADER = ['SEVERITY', 'ORDER BY', 'ASK FOR', 'NOW', 'CRITICAL'];

/**
 * The digest's column widths: each the widest of its header and of the
 * cells of every bundle the digest lists, so that every line of a
 * digest, whichever part of it an email holds, aligns under the legend
 * at the top of each part.
 *
 * @param groups - every bundle the digest lists
 * @param asOf - the run's date
 * @returns one width per column
 * @example
 * digestWidths([lhr1], '2026-11-30'); // [8, 12, 12, 5, 10]
 */
export function digestWidths(
  groups: readonly Evaluation[],
  asOf: string,
): number[] {
  return columnWidths(
    HEADER,
    groups.map((g) => figureCells(g, asOf)),
  );
}

/**
 * The legend above the digest's bundles: where the title goes, and the
 * header of the figures beneath it, as the console's table has them.
 *
 * @param widths - the columns' widths (`digestWidths`)
 * @returns two lines
 * @example
 * digestLegend([8, 12, 12, 5, 10]);
 * // ['  BUNDLE', '    SEVERITY  ORDER BY      ASK FOR       NOW    CRITICAL']
 */
export function digestLegend(widths: readonly number[]): string[] {
  return [`${TITLE}BUNDLE`, columns(HEADER, widths)];
}

/**
 * One bundle's lines in the digest, as the console lists a group: its
 * title (site and link type, and its name in links.csv when it has one)
 * on a line of its own, its figures beneath it in columns, so that a
 * line keeps within an email's 78 characters (RFC 5322), where a row
 * with the title in a column was 113 and a mail client wrapped every
 * row into the next. The order-by column says where the order stands
 * as the alert and the overview do (`dueMark`: 'needed now', 'OVERDUE
 * 10 d', 'due today'), and the date only while it is ahead, as the
 * console's does: the report keeps the date. What the row cannot hold
 * goes beneath it: the level the alert is held at (`note`), a planned
 * augment to expedite for a bundle with no ask, and that neither
 * threshold is reached within the horizon.
 *
 * @param g - the bundle's evaluation
 * @param asOf - the run's date
 * @param widths - the columns' widths (`digestWidths`)
 * @param note - the held alert's words, or ''
 * @returns the title, the figures and the lines beneath
 * @example
 * digestLines(east, '2026-11-30', [8, 12, 12, 5, 10], '');
 * // ['  LHR1 pni "Acme LHR1 east"', '    watch     OVERDUE 10 d  2 × 100 Gbps  78.1%  2027-02-18']
 */
export function digestLines(
  g: Evaluation,
  asOf: string,
  widths: readonly number[],
  note: string,
): string[] {
  // No ask beside a late augment: 'none' under a critical bundle said
  // nothing of what to do.
  const late = noAskText(g);
  const below = [
    ...(note === '' ? [] : [note]),
    ...(late ? [late] : []),
    ...(reachesNeither(g)
      ? [`critical and warning: ${NOT_WITHIN_HORIZON}`]
      : []),
  ];
  return [
    ...wrapText(bundleTitle(g), TITLE, `${TITLE}    `),
    columns(figureCells(g, asOf), widths),
    ...below.flatMap((text) => wrapText(text, FIGURES, `${FIGURES}  `)),
  ];
}

/** Cells padded to their columns' widths, beneath a bundle's title. */
function columns(cells: readonly string[], widths: readonly number[]) {
  return padColumns(FIGURES, cells, widths);
}

/** A bundle's figures, one cell per column of {@link HEADER}. */
function figureCells(g: Evaluation, asOf: string): string[] {
  return [
    g.severity,
    dueMark(g, asOf) ?? formatDate(g.orderByDate),
    g.recommendedPorts === 0
      ? 'none'
      : `${g.recommendedPorts} × ${formatBps(g.portBps)}`,
    formatUtilization(g),
    criticalCell(g),
  ];
}

/**
 * The last column: the critical date on the upper bound, or, for a
 * bundle that stays below critical, '—' and its warning date, as the
 * overview's cell gives it beneath: 'critical —' alone said neither why
 * the bundle was listed nor what the ask was for (to stay under
 * warning). One that reaches neither says so on a line beneath (a cell
 * of 26 characters would take the row past 78). As in the group's
 * alert, a threshold reached now is not dated on the forecast's first
 * day over it (a busier weekday ahead).
 */
function criticalCell(g: Evaluation): string {
  if (reachedNow(g, g.critical)) return 'reached';
  if (g.criticalDateUpper !== undefined) return g.criticalDateUpper;
  const warning = warningText(g);
  return warning === undefined ? '—' : `— (warning ${warning})`;
}

function warningText(g: Evaluation): string | undefined {
  return reachedNow(g, g.warning)
    ? 'reached'
    : (g.warningDateUpper ?? g.warningDate);
}

function reachesNeither(g: Evaluation): boolean {
  return (
    !reachedNow(g, g.critical) &&
    g.criticalDateUpper === undefined &&
    warningText(g) === undefined
  );
}
