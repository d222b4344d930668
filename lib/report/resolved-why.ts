import { daysBetween } from '#lib/domain/dates';
import type { Evaluation, TrafficGone } from '#lib/domain/evaluation';
import type { PlannedAugmentStatus } from '#lib/domain/plan-status';
import { formatPct } from './format.ts';

/**
 * Why a bundle's alert cleared, as its "resolved" line says it: its
 * severity and next order-by date now, the augments counted, and a link
 * retired lately that took its traffic with it.
 *
 * @param g - the bundle's evaluation
 * @param asOf - the run's date
 * @returns the clause, with its full stop
 * @example
 * whyCleared(g, '2026-11-26');
 * // 'now watch, next order-by date 2027-03-01.'
 */
export function whyCleared(g: Evaluation, asOf: string): string {
  const now = `now ${g.severity}`;
  const augments = g.plannedAugments.filter((a) => a.lateByDays === 0);
  const counted =
    augments.length === 0
      ? ''
      : `; counting ${augments.map(countedText).join(', ')}`;
  const next =
    g.orderByDate === undefined
      ? 'no critical date within the horizon'
      : `next order-by date ${g.orderByDate}`;
  const gone = (g.trafficGone ?? [])
    .filter((link) => daysBetween(link.retiredOn, asOf) <= RECENT_DAYS)
    .map((link) => `; ${goneText(link)}`);
  return `${now}, ${next}${counted}${gone.join('')}.`;
}

/** An augment the cleared alert counts: planned, or in service since. */
function countedText(a: PlannedAugmentStatus): string {
  const when = a.inService
    ? `in service since ${a.inServiceDate}`
    : a.inServiceDate;
  return `${a.reference} (${when})`;
}

/**
 * Days back a retirement is named as a cause: the days after it that
 * tell what its traffic did (docs/architecture.md "Retired links"); one
 * long past did not clear this alert.
 */
const RECENT_DAYS = 28;

/** `a2 (retired on 2026-11-18) took its traffic with it` (or a share of it). */
function goneText(link: TrafficGone): string {
  const part =
    link.share === undefined ? 'its' : `${formatPct(link.share, 0)} of its`;
  return `${link.linkId} (retired on ${link.retiredOn}) took ${part} traffic with it`;
}
