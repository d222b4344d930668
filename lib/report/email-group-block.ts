import type { Evaluation } from '#lib/domain/evaluation';
import type { QuietLink } from '#lib/domain/stopped-links';
import { augmentRows } from './email-augment-rows.ts';
import {
  askText,
  nowText,
  orderByText,
  outageRows,
  overdueRows,
} from './email-group-rows.ts';
import {
  beyondRows,
  quietRows,
  silentRows,
  unlistedRows,
} from './email-quiet-row.ts';
import { emailLinkRow, emailRow } from './email-row.ts';
import { runoutRows } from './email-runout.ts';
import { formatGrowth } from './format.ts';
import { bundleLabel } from './group-name.ts';
import { BUNDLE_DOWN, n1Status, SINGLE_LINK } from './n1-status.ts';
import { stepText } from './step-text.ts';

/** What a group's paragraph adds when the run knows it. */
export interface GroupBlockExtras {
  /** The previous run's date and what changed since ('no change' if nothing). */
  readonly since?: { readonly date: string; readonly change?: string };
  /** Its links that sent nothing on the lake's last days. */
  readonly quiet?: readonly QuietLink[];
  /** Links not in links.csv whose ids read like its members'. */
  readonly unlisted?: readonly string[];
  /**
   * The lake's traffic stopped days before the run (`staleDataText`):
   * the figures are as of its last day with traffic.
   */
  readonly stale?: string;
  /** The bundle on its ISP page in the dated report. */
  readonly link?: string;
}

/**
 * One group's paragraph in an alert email: what to do first (order by,
 * ask for), then why (utilization now, a step of the traffic's level if
 * one was found, runout dates with their interval), then N-1, planned
 * augments (and those in service already) and growth. A link of it gone
 * quiet is named beside the figures it leaves short, and under them the
 * last day with traffic when the lake's stopped days before the run.
 *
 * @param e - the group's evaluation
 * @param rank - its position in the message (1-based)
 * @param asOf - the run's date
 * @param level - the decision interval's level, e.g. 80
 * @param note - why it is in this message ('new', 'escalated', …)
 * @param extras - the change since the previous run and the report link
 * @returns the paragraph, ending with a blank line
 * @example
 * renderGroupBlock(evaluation, 1, '2026-11-26', 80, 'new');
 */
export function renderGroupBlock(
  e: Evaluation,
  rank: number,
  asOf: string,
  level: number,
  note?: string,
  extras: GroupBlockExtras = {},
): string {
  const title = `${rank}. ${bundleLabel(e)} — ${e.severity.toUpperCase()}${note ? ` (${note})` : ''}`;
  const lines = [
    title,
    emailRow('Bundle', `${e.key} (${e.isp}, ${e.region})`),
    emailRow('Order by', orderByText(e, asOf)),
    emailRow('Ask for', askText(e)),
    ...outageRows(e, asOf),
    ...overdueRows(e, asOf),
    ...(extras.since
      ? [
          emailRow(
            `Since ${extras.since.date}`,
            extras.since.change ?? 'no change',
          ),
        ]
      : []),
    emailRow('Now', nowText(e)),
    ...(extras.stale ? [emailRow('Data', extras.stale)] : []),
    ...quietRows(extras.quiet ?? []),
    ...silentRows(e.silentLinks ?? []),
    ...unlistedRows(extras.unlisted ?? []),
    ...beyondRows(e),
    ...(e.step ? [emailRow('Traffic', stepText(e.step))] : []),
    ...runoutRows(e, level, asOf),
    ...(e.level === 'link' ? [] : [emailRow('N-1', n1Text(e, asOf))]),
    ...augmentRows(e),
    emailRow('Growth', `${formatGrowth(e.growthPctPerYear)} (mean forecast)`),
    ...(extras.link ? [emailLinkRow('Report', extras.link)] : []),
  ];
  return `${lines.join('\n')}\n\n`;
}

/**
 * The value of a group's "N-1" row: whether its peak fits with its
 * largest link down (the ISP page words it shorter, `describe.ts`).
 */
function n1Text(e: Evaluation, asOf: string): string {
  const s = n1Status(e, asOf);
  if (s.kind === 'single') return SINGLE_LINK;
  if (s.kind === 'down') return BUNDLE_DOWN;
  if (s.kind === 'fails')
    return 'NO: the peak does not fit with the largest link down';
  if (s.kind === 'ok') return 'ok: the peak fits with the largest link down';
  if (s.kind === 'ok-today') return 'ok today; at risk now on the upper bound';
  return `ok today; no longer from ${s.date} at the earliest`;
}
