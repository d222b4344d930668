import { addDays, daysBetween } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import { addedBps } from '#lib/domain/plan-status';
import {
  isAtRisk,
  SEVERITIES,
  type Severity,
  severityRank,
} from '#lib/domain/vocabulary';
import type { BelowSince, ChangeRule, TrackedGroup } from './change-types.ts';

/**
 * The severity to report, with hysteresis (docs/architecture.md "A fall
 * is confirmed over days"): a rise counts at once; a fall through a level
 * counts once every run for `confirmDays` days was below it (so to the
 * highest they saw), whatever the cadence of the runs. On the run that
 * added capacity or planned an augment, a fall also counts at once where
 * the order-by date is clear of the level's boundary by `marginDays`
 * (critical: order-by more than `marginDays` ahead; warning: more than
 * the warning window plus `marginDays`): the augment is what the alert
 * asked for, and its "resolved" should not wait a week. So too on the
 * first run that reads a link retired in the last `confirmDays` days as
 * having taken its traffic with it (`trafficGone`): the alert came while
 * no day after the retirement told whether the links left would carry
 * that traffic, and the days after now say they will not have to.
 *
 * A flat bundle near a threshold has an order-by date that swings by
 * months from one daily run to the next; counted on two runs, or on one
 * run clear of the boundary, its falls came and went within days, each
 * time with a "resolved" email and a new alert after it.
 *
 * @param prev - what the previous run reported
 * @param e - this run's evaluation
 * @param asOf - this run's date
 * @param rule - the hysteresis parameters
 * @returns the severity to report, and the streaks to keep for the next run
 * @example
 * holdSeverity({ ...prev, severity: 'critical', belowSince: { critical: '2026-11-20' } },
 *   { ...e, severity: 'warning' }, '2026-11-24', rule);
 * // { severity: 'critical', belowSince: { critical: '2026-11-20' } }: 4 days below
 */
export function holdSeverity(
  prev: TrackedGroup,
  e: Evaluation,
  asOf: string,
  rule: ChangeRule,
): { severity: Severity; belowSince: BelowSince } {
  const raw = severityRank(e.severity);
  const held = severityRank(prev.severity);
  if (raw >= held) return { severity: e.severity, belowSince: {} };
  const since: Partial<Record<Severity, string>> = {};
  for (const level of SEVERITIES.slice(raw + 1, held + 1))
    since[level] = prev.belowSince?.[level] ?? asOf;
  const clearOf =
    augmented(prev, e) || trafficLeft(prev, e, asOf, rule)
      ? clearance(e, asOf, rule)
      : () => false;
  let level = held;
  while (
    level > raw &&
    (daysBetween(since[SEVERITIES[level]!]!, asOf) >= rule.confirmDays ||
      clearOf(SEVERITIES[level]!))
  )
    level -= 1;
  for (const above of SEVERITIES.slice(level + 1)) delete since[above];
  return { severity: SEVERITIES[level]!, belowSince: since };
}

/**
 * The fall the rule holds back while the alert stays open: warning or
 * critical held above the run's own severity, since the first run of
 * the streak below it, until the day from which the fall counts. A
 * change listed for something else says so (`describeChange`), where
 * the overview's `Now` and the email read the run's lower severity.
 *
 * @param t - a group as tracked after this run
 * @param rule - the hysteresis parameters (`confirmDays`)
 * @returns `{ held }`, or nothing when no such fall is held back
 * @example
 * heldFall({ ...t, severity: 'critical', rawSeverity: 'warning',
 *   belowSince: { critical: '2026-11-20' } }, rule);
 * // { held: { since: '2026-11-20', until: '2026-11-27' } }
 */
export function heldFall(
  t: Pick<TrackedGroup, 'severity' | 'belowSince'>,
  rule: Pick<ChangeRule, 'confirmDays'>,
): { held?: { since: string; until: string } } {
  const since = t.belowSince?.[t.severity];
  if (since === undefined || !isAtRisk(t.severity)) return {};
  return { held: { since, until: addDays(since, rule.confirmDays) } };
}

/** Capacity in service or planned rose since the previous run. */
function augmented(prev: TrackedGroup, e: Evaluation): boolean {
  const rose = (before: number | undefined, now: number) =>
    before !== undefined && now > before;
  return (
    rose(prev.capacityBps, e.capacityBps) ||
    rose(prev.plannedBps, addedBps(e, false))
  );
}

/**
 * The run is the first to read a retirement of the last `confirmDays`
 * days as having taken its link's traffic, from the days after it: the
 * fall is the traffic gone, which no run before could tell, not a swing
 * to confirm. A later run of the week confirms its fall as usual, so
 * that a reading that turns (gone, then moved) does not resolve and
 * re-open the alert within the week.
 */
function trafficLeft(
  prev: TrackedGroup,
  e: Evaluation,
  asOf: string,
  rule: ChangeRule,
): boolean {
  const read = new Set(prev.trafficGone ?? []);
  return (e.trafficGone ?? []).some(
    (link) =>
      !read.has(link.linkId) &&
      daysBetween(link.retiredOn, asOf) <= rule.confirmDays,
  );
}

/** Whether the order-by date is clear of a level's boundary by the margin. */
function clearance(e: Evaluation, asOf: string, rule: ChangeRule) {
  const days =
    e.orderByDate === undefined
      ? Number.POSITIVE_INFINITY
      : daysBetween(asOf, e.orderByDate);
  return (level: Severity) =>
    (level === 'critical' && days > rule.marginDays) ||
    (level === 'warning' && days > rule.warningWindowDays + rule.marginDays);
}
