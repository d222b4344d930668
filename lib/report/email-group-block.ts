import type { Evaluation } from '#lib/domain/evaluation';
import { overduePlan } from '#lib/rules/overdue-plan';
import { emailBps, emailPct, emailWhen, groupLabel } from './email-format.ts';
import { n1Status, SINGLE_LINK } from './n1-status.ts';
import { overdueLines } from './overdue-text.ts';
import { reachedNow } from './reached-now.ts';
import { stepText } from './step-text.ts';

/** What a group's paragraph adds when the run knows it. */
export interface GroupBlockExtras {
  /** The previous run's date and what changed since ('no change' if nothing). */
  readonly since?: { readonly date: string; readonly change?: string };
  /** The bundle on its ISP page in the dated report. */
  readonly link?: string;
}

/** Width of the label column, so values line up in a monospace client. */
const LABEL = 18;

/**
 * One group's paragraph in an alert email: what to do first (order by,
 * ask for), then why (utilization now, a step of the traffic's level if
 * one was found, runout dates with their interval), then N-1, planned
 * augments and growth.
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
  const title = `${rank}. ${groupLabel(e)} — ${e.severity.toUpperCase()}${note ? ` (${note})` : ''}`;
  const lines = [
    title,
    row('Bundle', `${e.key} (${e.isp}, ${e.region})`),
    row('Order by', orderByText(e, asOf)),
    row('Ask for', askText(e)),
    ...overdueRows(e, asOf),
    ...(extras.since
      ? [row(`Since ${extras.since.date}`, extras.since.change ?? 'no change')]
      : []),
    row('Now', nowText(e)),
    ...(e.step ? [row('Traffic', stepText(e.step))] : []),
    row(
      `Critical ${pct(e.critical)}`,
      reachedNow(e, e.critical)
        ? reachedText(e)
        : runout(e.criticalDateUpper, e.criticalDate, level, asOf),
    ),
    row(
      `Warning ${pct(e.warning)}`,
      reachedNow(e, e.warning)
        ? reachedText(e)
        : runout(e.warningDateUpper, e.warningDate, level, asOf),
    ),
    row(
      'Full 100 %',
      reachedNow(e, 1)
        ? reachedText(e)
        : runout(e.fullDateUpper, e.fullDate, level, asOf),
    ),
    ...(e.level === 'link' ? [] : [row('N-1', n1Text(e))]),
    ...augmentLines(e),
    row('Growth', `${signed(e.growthPctPerYear)} % a year (mean forecast)`),
    ...(extras.link ? [row('Report', extras.link)] : []),
  ];
  return `${lines.join('\n')}\n\n`;
}

function row(label: string, value: string): string {
  const head = label === '' ? '' : `${label}:`;
  return `   ${head.padEnd(LABEL)}${value}`;
}

function pct(ratio: number): string {
  return `${Math.round(ratio * 100)} %`;
}

function signed(value: number): string {
  const rounded = Math.round(value);
  return rounded > 0 ? `+${rounded}` : `${rounded}`;
}

function orderByText(e: Evaluation, asOf: string): string {
  if (e.orderByDate === undefined) return 'no order needed within the horizon';
  const now = e.orderByDate <= asOf ? ', start now' : '';
  return `${emailWhen(e.orderByDate, asOf)}${now}; lead time ${e.leadTimeDays} days`;
}

function askText(e: Evaluation): string {
  if (e.recommendedPorts === 0)
    return 'no extra ports within the planning horizon';
  const ports = e.recommendedPorts === 1 ? 'port' : 'ports';
  return `${e.recommendedPorts} × ${emailBps(e.portBps)} ${ports} (+${emailBps(e.recommendedAddBps)})`;
}

function nowText(e: Evaluation): string {
  return `p95 ${emailBps(e.lastPeakBps)} of ${emailBps(e.capacityBps)} = ${emailPct(e.utilization)}`;
}

function reachedText(e: Evaluation): string {
  return `reached already (${emailPct(e.utilization)} now)`;
}

function runout(
  upper: string | undefined,
  mean: string | undefined,
  level: number,
  asOf: string,
): string {
  if (upper === undefined && mean === undefined) {
    return 'not within the horizon';
  }
  if (upper === asOf && mean === asOf) return 'reached already';
  const say = (date: string | undefined) =>
    date === undefined
      ? 'not within the horizon'
      : date === asOf
        ? 'today'
        : date;
  return `${say(upper)} at the earliest (${level} % bound), expected ${say(mean)}`;
}

function overdueRows(e: Evaluation, asOf: string): string[] {
  const plan = overduePlan(e, asOf);
  if (plan === undefined) return [];
  return overdueLines(plan, emailBps).map((line, i) =>
    row(i === 0 ? 'Now what' : '', line),
  );
}

function n1Text(e: Evaluation): string {
  const s = n1Status(e);
  if (s.kind === 'single') return SINGLE_LINK;
  if (s.kind === 'fails')
    return 'NO: the peak does not fit with the largest link down';
  if (s.kind === 'ok') return 'ok: the peak fits with the largest link down';
  return `ok today; no longer from ${s.date} at the earliest`;
}

function augmentLines(e: Evaluation): string[] {
  if (e.plannedAugments.length === 0) return [row('Planned', 'none')];
  return e.plannedAugments.map((a, index) => {
    const verdict =
      a.lateByDays > 0
        ? `TOO LATE, ${a.lateByDays} days after critical`
        : 'in time';
    const what = `${a.reference} +${emailBps(a.addedBps)} in service ${a.inServiceDate}: ${verdict}`;
    return row(index === 0 ? 'Planned' : '', what);
  });
}
