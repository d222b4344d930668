import type { Evaluation } from '#lib/domain/evaluation';
import { orderDue } from '#lib/domain/order-due';
import { augmentsOf } from '#lib/domain/plan-status';
import { reachedNow } from '#lib/domain/reached-now';
import { formatBps, formatPct } from './format.ts';
import { keepWhole } from './keep-whole.ts';

/**
 * When the ask is needed: by the critical date, or as soon as possible
 * once that date is today or past, or critical is reached now (an
 * in-service date in the past is no date to put to a partner, nor the
 * forecast's first busier day over a threshold the email and the console
 * call reached), or the bundle is needed now (`orderDue`: its weekly
 * peak over critical within the week, where the pack read "as soon as
 * possible" on the peak day and "by" the next peak the day after).
 */
const neededBy = (e: Evaluation, asOf: string) => {
  const date = e.criticalDateUpper;
  if (date === undefined) return headroomBy(e, asOf);
  const now =
    date <= asOf ||
    reachedNow(e, e.critical) ||
    orderDue(e, asOf)?.kind === 'needed-now';
  return now
    ? '<br>in service as soon as possible'
    : `<br>in service by ${keepWhole(date)}`;
};

/**
 * When and why the ask of a bundle that stays below critical is needed:
 * it is sized to keep the upper forecast under warning, so by the day
 * that forecast reaches warning, or as soon as possible once that day is
 * today or past or the peak is there now. Said as a share of capacity,
 * not by the threshold's name, a word of ours the pack leaves out: the
 * ISP page's "The ask, to stay under warning" is for us, and without a
 * date or reason the partner read a bare "1 × 100 Gbps".
 */
const headroomBy = (e: Evaluation, asOf: string) => {
  const date = e.warningDateUpper;
  const share = `${formatPct(e.warning)} of capacity`;
  const why = '<br>to keep headroom: the peak';
  if (reachedNow(e, e.warning))
    return `<br>in service as soon as possible${why} has reached ${share}`;
  if (date === undefined) return '';
  return date > asOf
    ? `<br>in service by ${keepWhole(date)}${why} may reach ${share} by then`
    : `<br>in service as soon as possible${why} may reach ${share} now`;
};

const ports = (n: number, e: Evaluation) =>
  keepWhole(`${n} × ${formatBps(e.portBps)}`);

/**
 * What we ask for: the ports and when they are needed; where a planned
 * augment lands too late and bringing it forward would do (`expedite`),
 * that first, as the alert's first choice, and the ports as the other.
 * Before, the pack listed the planned augment beside "1 × 100 Gbps in
 * service by …", which read as a port on top of it where the alert said
 * nothing more is needed once it is in.
 *
 * @param e - the group's evaluation
 * @param asOf - the run's date
 * @returns the partner pack's "We ask for" cell (HTML), '—' for nothing
 * @example
 * partnerAsk(group, '2026-11-26');
 * // '<span class="nowrap">1 × 100 Gbps</span><br>in service by
 * //  <span class="nowrap">2027-02-01</span>'
 */
export const partnerAsk = (e: Evaluation, asOf: string) => {
  const order =
    e.recommendedPorts > 0
      ? `${ports(e.recommendedPorts, e)}${neededBy(e, asOf)}`
      : '';
  // Only a planned augment the row lists can be brought forward.
  const x = e.expedite;
  const listed = augmentsOf(e, false).some(
    (a) => x !== undefined && a.inServiceDate === x.inServiceDate,
  );
  if (x === undefined || !listed) return order || '—';
  const more = x.askPorts > 0 ? `, and ${ports(x.askPorts, e)}` : '';
  const forward = `the planned +${keepWhole(formatBps(x.addedBps))} in service by ${keepWhole(x.targetDate)}, not ${keepWhole(x.inServiceDate)}${more}`;
  return order === '' ? forward : `${forward}<br>or ${order}`;
};
