import type { Evaluation } from '#lib/domain/evaluation';
import { orderDue } from '#lib/domain/order-due';
import type { QuietLink } from '#lib/domain/stopped-links';
import { overduePlan } from '#lib/rules/overdue-plan';
import { augmentRows } from './email-augment-rows.ts';
import { emailWhen } from './email-format.ts';
import {
  beyondRows,
  quietRows,
  silentRows,
  unlistedRows,
} from './email-quiet-row.ts';
import { emailRow } from './email-row.ts';
import { runoutRows } from './email-runout.ts';
import { formatBps, formatGrowth } from './format.ts';
import { formatUtilization } from './format-utilization.ts';
import { bundleLabel } from './group-name.ts';
import { lateAugment } from './late-augment-text.ts';
import { BUNDLE_DOWN, n1Status, SINGLE_LINK } from './n1-status.ts';
import { outageDays } from './outage-text.ts';
import { neededNowWhy, overdueLines } from './overdue-text.ts';
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
    ...(extras.link ? [emailRow('Report', extras.link)] : []),
  ];
  return `${lines.join('\n')}\n\n`;
}

function orderByText(e: Evaluation, asOf: string): string {
  if (e.orderByDate === undefined) return 'no order needed within the horizon';
  const due = orderDue(e, asOf);
  if (due?.kind === 'needed-now')
    return `now: ${neededNowWhy(due)}; lead time ${e.leadTimeDays} days`;
  // Due today or overdue (`orderDue`): the order goes out now, or, with
  // no ask beside a late planned augment, that augment is brought in
  // (`Ask for: no extra ports` left 'start now' nothing to start).
  const now =
    due?.kind === 'ahead'
      ? ''
      : lateAugment(e)
        ? ', expedite the planned augment'
        : ', start now';
  return `${emailWhen(e.orderByDate, asOf)}${now}; lead time ${e.leadTimeDays} days`;
}

function askText(e: Evaluation): string {
  if (e.recommendedPorts === 0)
    return 'no extra ports within the planning horizon';
  const ports = `${e.recommendedPorts} × ${formatBps(e.portBps)}`;
  // Of one port, the total would repeat its size: "(+100 Gbps)".
  return e.recommendedPorts === 1
    ? `${ports} port`
    : `${ports} ports (+${formatBps(e.recommendedAddBps)})`;
}

/** A what-if's whole-bundle outage: the order is for the days outside it. */
function outageRows(e: Evaluation, asOf: string): string[] {
  const days = outageDays(e, asOf);
  if (days === '') return [];
  return [
    emailRow(
      'Outage',
      `whole bundle down ${days} in this what-if: no augment fixes that, so the order and the ask are for the days outside it`,
    ),
  ];
}

function nowText(e: Evaluation): string {
  return `p95 ${formatBps(e.lastPeakBps)} of ${formatBps(e.capacityBps)} = ${formatUtilization(e)}`;
}

function overdueRows(e: Evaluation, asOf: string): string[] {
  const plan = overduePlan(e, asOf);
  if (plan === undefined) return [];
  return overdueLines(plan).map((line, i) =>
    emailRow(i === 0 ? 'Now what' : '', line),
  );
}

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
