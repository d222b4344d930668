import { growthPctPerYear } from './growth.ts';
import type { CapacityRule } from './types.ts';

/**
 * Demand growth in % per year from the mean forecast (see
 * `growthPctPerYear`).
 *
 * @example
 * growthRule.evaluate(context, {}); // { growthPctPerYear: 31.2 }
 */
export const growthRule: CapacityRule = {
  id: 'growth',
  description: 'Annualised growth of the mean forecast over the horizon',
  evaluate({ mean }) {
    return { growthPctPerYear: growthPctPerYear(mean) };
  },
};
