import type { Evaluation } from '#lib/domain/evaluation';
import { augmentsOf, type PlannedAugmentStatus } from '#lib/domain/plan-status';
import { formatBps } from './format.ts';

/**
 * The planned augment to bring forward, for a bundle with an order-by
 * date and no ask: the augment covers the need once in, but lands after
 * the critical date. Its sentence names it where "Order none by …" read
 * as an order of nothing.
 *
 * @param e - the group's evaluation
 * @returns plain text, e.g. '+200 Gbps on 2027-01-20 (CHG-1, 23 d late)';
 *   undefined when the bundle has an ask or no augment to come is late
 * @example
 * lateAugmentText(e); // '+200 Gbps on 2027-01-20 (CHG-1, 23 d late)'
 */
export function lateAugmentText(e: Evaluation): string | undefined {
  const late = lateAugment(e);
  if (late === undefined) return undefined;
  const ref = late.reference === '' ? '' : `${late.reference}, `;
  return `+${formatBps(late.addedBps)} on ${late.inServiceDate} (${ref}${late.lateByDays} d late)`;
}

/**
 * The first augment still to come that lands after the critical date, of
 * a bundle with no ask (that augment is enough once in).
 *
 * @param e - the group's evaluation
 * @returns the augment, or undefined when the bundle has an ask or no
 *   late augment
 * @example
 * lateAugment(e)?.reference; // 'CHG-1'
 */
export function lateAugment(e: Evaluation): PlannedAugmentStatus | undefined {
  if (e.recommendedAddBps > 0) return undefined;
  return augmentsOf(e, false).find((a) => a.lateByDays > 0);
}
