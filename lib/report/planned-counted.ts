import type { Evaluation } from '#lib/domain/evaluation';
import { augmentsOf } from '#lib/domain/plan-status';
import { formatBps } from './format.ts';

/**
 * The augments still to come that a bundle with no order-by date is
 * judged with, for its need sentence. The rules judge the forecast
 * against the capacity with every planned augment in service from its
 * date (docs/architecture.md "Capacity over time"), so "no augment
 * needed" alone read as if the one planned were not needed either,
 * beside it in the bundle's facts (sample: Boreal Backbone AMS1 transit,
 * 78 % now, kept below critical by CHG-90428 in a month).
 *
 * @param e - the group's evaluation
 * @returns '' with none to come, else the clause, plain text
 * @example
 * plannedCounted(e);
 * // ', the planned +200 Gbps on 2027-01-05 (CHG-90428) counted'
 */
export function plannedCounted(e: Evaluation): string {
  const planned = augmentsOf(e, false);
  if (planned.length === 0) return '';
  const each = planned.map((a) => {
    const ref = a.reference === '' ? '' : ` (${a.reference})`;
    return `+${formatBps(a.addedBps)} on ${a.inServiceDate}${ref}`;
  });
  return `, the planned ${each.join(' and ')} counted`;
}
