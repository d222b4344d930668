import { addDays } from '#lib/domain/dates';
import type { CapacityRule } from './types.ts';

/**
 * Order-by date (docs/architecture.md "Data contracts"): the critical runout on the upper
 * bound minus the lead time: the last day to start the augment.
 *
 * @example
 * orderByRule.evaluate({ ...context, leadTimeDays: 90 },
 *   { criticalDateUpper: '2027-03-01' }); // { orderByDate: '2026-12-01' }
 */
export const orderByRule: CapacityRule = {
  id: 'order-by',
  description:
    'Last day to start an augment: critical runout (upper bound) minus ' +
    'the lead time',
  evaluate({ leadTimeDays }, { criticalDateUpper }) {
    if (criticalDateUpper === undefined) return undefined;
    return { orderByDate: addDays(criticalDateUpper, -leadTimeDays) };
  },
};
