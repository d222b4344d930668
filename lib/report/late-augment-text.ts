import type { Evaluation } from '#lib/domain/evaluation';
import type { ExpediteChoice } from '#lib/domain/plan-status';
import { formatBps } from './format.ts';

/**
 * The planned augment to bring forward, for a bundle with an order-by
 * date and no ask: the augment covers the need once in, but lands after
 * the critical date. Its sentence names it where "Order none by …" read
 * as an order of nothing. The days late are the overdue plan's, to the
 * day the capacity is needed by (`neededByDate`: today for a bundle over
 * critical now).
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
  return `+${formatBps(late.addedBps)} on ${late.inServiceDate} (${ref}${late.byDays} d late)`;
}

/**
 * The late planned augment the rules would pull in (`expediteRule`'s
 * choice), of a bundle with no ask: that augment is enough once in.
 *
 * @param e - the group's evaluation
 * @returns the expedite choice, or undefined when the bundle has an ask
 *   or no late augment
 * @example
 * lateAugment(e)?.reference; // 'CHG-1'
 */
export function lateAugment(e: Evaluation): ExpediteChoice | undefined {
  return e.recommendedAddBps > 0 ? undefined : e.expedite;
}

/**
 * What to do with that augment: expedite it, or, for a bundle at watch
 * (its order-by date not yet in the warning window), bring it forward.
 *
 * @param e - the group's evaluation
 * @returns the verb, lower case
 * @example
 * expediteVerb({ severity: 'watch' }); // 'bring forward'
 */
export function expediteVerb(e: Pick<Evaluation, 'severity'>): string {
  return e.severity === 'watch' ? 'bring forward' : 'expedite';
}

/**
 * The line beneath a bundle with no ask whose planned augment lands late,
 * in the weekly digest and the console summary: what to do with it.
 *
 * @param e - the group's evaluation
 * @returns e.g. 'expedite the planned +200 Gbps on 2027-01-20 (CHG-1,
 *   23 d late): no ask on top'; undefined when there is none to pull in
 * @example
 * noAskText(e); // 'expedite the planned +200 Gbps on … : no ask on top'
 */
export function noAskText(e: Evaluation): string | undefined {
  const late = lateAugmentText(e);
  return late === undefined
    ? undefined
    : `${expediteVerb(e)} the planned ${late}: no ask on top`;
}
