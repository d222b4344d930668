import type { Config } from '#lib/config';
import { daysBetween } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import { isAtRisk, severityRank } from '#lib/domain/vocabulary';
import { stepText } from '#lib/report/step-text';
import { ownerChange } from './notification-owner.ts';
import type { GroupState } from './notification-state.ts';

/**
 * Whether a group is at warning or critical (an alert).
 *
 * @param e - a group evaluation
 * @returns true at warning or critical
 * @example
 * atRisk({ severity: 'watch' }); // false
 */
export function atRisk(e: Pick<Evaluation, 'severity'>): boolean {
  return isAtRisk(e.severity);
}

/**
 * Why a group at risk is notified now, or `undefined` if it is not.
 *
 * @param previous - what was last notified about the group
 * @param e - the group's evaluation (warning or critical)
 * @param asOf - the run's date
 * @param config - `notify.earlierByDays` and `notify.renotifyDays` (an
 *   earlier order-by after an upward step goes out at once; otherwise
 *   not for a group due or overdue when last told)
 * @param change - `reopened` when the run's changes call the group
 *   re-opened (resolved earlier, its state entry gone): its alert says
 *   so, as its `Since` line does, rather than that it is new. An
 *   escalation is the run's own severity, which the message reads and
 *   routes on, above the one last told (`toldSeverity`)
 * @returns the reason shown in the email; a group whose owner is not
 *   the one last told (links.csv's `owner`, or the configuration's
 *   `owners`, changed) is sent at once, the former owner named first
 *   (`ownerChange`)
 * @example
 * notifyReason(undefined, evaluation, asOf, config); // 'new'
 */
export function notifyReason(
  previous: GroupState | undefined,
  e: Evaluation,
  asOf: string,
  config: Config,
  change: { readonly reopened?: boolean } = {},
): string | undefined {
  if (previous === undefined) {
    return change.reopened === true ? 're-opened, resolved earlier' : 'new';
  }
  const why = toldReason(previous, e, asOf, config);
  const moved = ownerChange(previous, e);
  if (moved === undefined) return why;
  return why === undefined ? moved : `${moved}; ${why}`;
}

/**
 * Why a group already told of is notified again, from what it was told:
 * a higher severity, an earlier order-by date, or the re-notify interval.
 */
function toldReason(
  previous: GroupState,
  e: Evaluation,
  asOf: string,
  config: Config,
): string | undefined {
  if (severityRank(e.severity) > severityRank(previous.severity)) {
    // A fall recorded without a message: the reader was last told higher.
    const unsent = previous.loweredOn
      ? `, where it fell on ${previous.loweredOn} without an email`
      : '';
    return `escalated from ${previous.severity}${unsent}`;
  }
  const was = previous.orderByDate;
  if (was !== undefined && e.orderByDate !== undefined) {
    const earlier = daysBetween(e.orderByDate, was);
    if (earlier > 0 && newStep(previous, e)) {
      return `${stepText(e.step!)}: order-by ${earlier} days earlier than notified, was ${was}`;
    }
    if (earlier > config.notify.earlierByDays && !overdueWhenTold(previous)) {
      return `order-by ${earlier} days earlier than notified, was ${was}`;
    }
  }
  const since = daysBetween(previous.notifiedOn, asOf);
  if (since >= config.notify.renotifyDays) {
    return `reminder: last sent ${since} days ago, still open`;
  }
  return undefined;
}

/**
 * Whether the group was due or overdue when last told (its order-by date
 * that day or before, critical as the severity rule has it, its alert
 * reading "start now"): it was told to order now, which an earlier date
 * does not change, so only its weekly reminder says it, and the changes
 * list, which takes in a date today or past before and after silently
 * (`holdOrderBy`), does not give it a `Since` line of "no change" beside
 * "order-by 10 days earlier". An overdue bundle's order-by date swings
 * by weeks from one daily run to the next, and each swing earlier sent
 * an alert: in a month of daily runs on the sample, 30 alert messages,
 * 23 with this (Rheinwelle FRA1's 8, 5 with it).
 */
function overdueWhenTold(previous: GroupState): boolean {
  return (
    previous.orderByDate !== undefined &&
    previous.orderByDate <= previous.notifiedOn
  );
}

/**
 * Whether the forecast follows an upward step of the group's traffic
 * (not a move between its links).
 *
 * @param e - a group evaluation
 * @returns true when its step is upward and followed
 * @example
 * steppedUp({ ...evaluation, step: { ...step, direction: 'down' } }); // false
 */
export function steppedUp(e: Evaluation): boolean {
  return e.step?.direction === 'up' && e.step.followed;
}

/**
 * Whether the group's followed upward step is one not yet notified: such
 * an earlier order-by goes out on the next run, ahead of `earlierByDays`
 * and the re-notify interval, once (the state keeps the step's date).
 */
function newStep(previous: GroupState, e: Evaluation): boolean {
  return steppedUp(e) && e.step!.date !== previous.stepDate;
}
