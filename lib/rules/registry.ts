import { expediteRule } from './expedite-rule.ts';
import { exposureRule } from './exposure-rule.ts';
import { growthRule } from './growth-rule.ts';
import { n1Rule } from './n1-rule.ts';
import { orderByRule } from './order-by-rule.ts';
import { outageRule } from './outage-rule.ts';
import { plannedAugmentRule } from './planned-augment-rule.ts';
import { recommendedAugmentRule } from './recommended-augment-rule.ts';
import { runoutRule } from './runout-rule.ts';
import { severityRule } from './severity-rule.ts';
import type { CapacityRule } from './types.ts';

/**
 * The capacity rules, in the order they run: a later rule reads what the
 * earlier ones found (order-by needs the runout, severity the order-by).
 *
 * @example
 * CAPACITY_RULES.map((rule) => rule.id);
 * // ['runout', 'order-by', 'planned-augment', …, 'severity']
 */
export const CAPACITY_RULES: readonly CapacityRule[] = [
  runoutRule,
  orderByRule,
  plannedAugmentRule,
  recommendedAugmentRule,
  expediteRule,
  exposureRule,
  n1Rule,
  growthRule,
  outageRule,
  severityRule,
];
