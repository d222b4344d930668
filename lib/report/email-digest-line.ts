import type { Evaluation } from '#lib/domain/evaluation';
import { reachedNow } from '#lib/domain/reached-now';
import { dueMark } from './email-format.ts';
import { formatBps, formatDate, NOT_WITHIN_HORIZON } from './format.ts';
import { formatUtilization } from './format-utilization.ts';
import { bundleLabel, bundleTitle, groupName } from './group-name.ts';
import { expediteVerb, lateAugmentText } from './late-augment-text.ts';

/**
 * The bundle column's narrowest width ('AMS1 transit' and a margin) and
 * its widest: a site may be 100 characters long in links.csv, and a
 * column that wide would push the figures off a mail client's window.
 */
const NARROWEST = 14;
const WIDEST = 24;

/** What comes before the bundle column: two spaces and the severity. */
const INDENT = ' '.repeat(12);

/**
 * The digest's bundle column width: its longest label (site and link
 * type), at least 14 characters and at most 24, so that every line of a
 * digest, whichever part of it an email holds, aligns.
 *
 * @param groups - every bundle the digest lists
 * @returns the width in characters
 * @example
 * bundleColumnWidth([{ site: 'LHR1', linkType: 'pni', key: 'A/LHR1/pni' }]); // 14
 */
export function bundleColumnWidth(
  groups: readonly Pick<Evaluation, 'site' | 'linkType' | 'key'>[],
): number {
  const longest = Math.max(0, ...groups.map((g) => bundleLabel(g).length));
  return Math.min(WIDEST, Math.max(NARROWEST, longest));
}

/**
 * One bundle's lines in the digest: its row, whose bundle column holds
 * the site and link type (cut to the column's width, with '…'), then,
 * under that column, what the row left out: the bundle's name when the
 * inventory gives it one (`"Acme LHR1 east"`; a name of up to 100
 * characters read inline pushed the row's figures out of their columns),
 * or its whole title when the label was cut. What the bundle has no date
 * or ask for is marked as on the overview ('—', 'none'); an order-by date
 * today or past says so ('OVERDUE 10 d', or 'needed now' where the
 * capacity is: `dueMark`), as the overview's does; one with no ask
 * whose planned augment lands late names that augment to expedite.
 *
 * @param g - the bundle's evaluation
 * @param asOf - the run's date
 * @param width - the bundle column's width (`bundleColumnWidth`)
 * @param note - text to end the row with (the held alert), or ''
 * @returns the row, and the line under it if any
 * @example
 * digestLines(east, '2026-11-30', 14, '');
 * // ['  WATCH     LHR1 pni       order by …', '            "Acme LHR1 east"']
 */
export function digestLines(
  g: Evaluation,
  asOf: string,
  width: number,
  note: string,
): string[] {
  const label = bundleLabel(g);
  const cut = label.length > width;
  const cell = cut ? `${[...label].slice(0, width - 1).join('')}…` : label;
  const name = groupName(g);
  const below = cut ? bundleTitle(g) : name && `"${name}"`;
  const row = `  ${g.severity.toUpperCase().padEnd(9)} ${cell.padEnd(width)} ${figures(g, asOf)}${note}`;
  // No ask beside a late augment: 'ask none' under a critical bundle said
  // nothing of what to do.
  const late = lateAugmentText(g);
  return [
    row,
    ...(below ? [`${INDENT}${below}`] : []),
    ...(late
      ? [`${INDENT}${expediteVerb(g)} the planned ${late}: no ask on top`]
      : []),
  ];
}

/** The row's columns after the bundle's. */
function figures(g: Evaluation, asOf: string): string {
  const ask =
    g.recommendedPorts === 0
      ? 'none'
      : `${g.recommendedPorts} × ${formatBps(g.portBps)}`;
  const due = dueMark(g, asOf);
  return [
    // Wide enough for '2026-11-20 (OVERDUE 100 d)', so that columns align.
    `order by ${formatDate(g.orderByDate)}${due ? ` (${due})` : ''}`.padEnd(35),
    `ask ${ask}`.padEnd(18),
    `now ${formatUtilization(g)}`.padEnd(12),
    criticalText(g),
  ].join(' ');
}

/**
 * The last column: the critical date on the upper bound, or, for a
 * bundle that stays below critical, its warning date, as the overview's
 * cell gives it beneath, or that neither is within the horizon: a line
 * of 'order by —', an ask and 'critical —' said neither why the bundle
 * was listed nor what the ask was for (to stay under warning). As in the
 * group's alert, a threshold reached now is not dated on the forecast's
 * first day over it (a busier weekday ahead).
 */
function criticalText(g: Evaluation): string {
  if (reachedNow(g, g.critical)) return 'critical reached';
  const warning = reachedNow(g, g.warning)
    ? 'reached'
    : (g.warningDateUpper ?? g.warningDate);
  if (g.criticalDateUpper !== undefined) {
    return `critical ${g.criticalDateUpper}`;
  }
  // '—' said why, as the alert's runout lines do: alone, it read as a
  // date missing.
  return `critical — (${warning === undefined ? NOT_WITHIN_HORIZON : `warning ${warning}`})`;
}
