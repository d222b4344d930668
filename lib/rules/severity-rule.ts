import { addDays } from '#lib/domain/dates';
import type { Severity } from '#lib/domain/vocabulary';
import type { CapacityRule, Findings } from './types.ts';

/**
 * Severity (docs/architecture.md "Data contracts"): `critical` when the order-by date is
 * today or past, `warning` when it falls within the warning window
 * (30 days), `watch` when any threshold is reached within the horizon on
 * the mean or the upper bound, or a what-if has the whole bundle down
 * (`outages`: no augment fixes that, so it sets no order-by date), else
 * `ok`.
 *
 * @example
 * severityRule.evaluate(context, { orderByDate: context.asOf });
 * // { severity: 'critical' }
 */
export const severityRule: CapacityRule = {
  id: 'severity',
  description:
    'critical: order-by today or past; warning: order-by within the ' +
    'warning window; watch: a threshold reached within the horizon',
  evaluate({ asOf, warningWindowDays }, found) {
    return { severity: severityOf(found, asOf, warningWindowDays) };
  },
};

function severityOf(
  found: Findings,
  asOf: string,
  windowDays: number,
): Severity {
  const { orderByDate } = found;
  if (orderByDate !== undefined && orderByDate <= asOf) return 'critical';
  if (orderByDate !== undefined && orderByDate <= addDays(asOf, windowDays)) {
    return 'warning';
  }
  const dates = [
    found.warningDate,
    found.criticalDate,
    found.fullDate,
    found.warningDateUpper,
    found.criticalDateUpper,
    found.fullDateUpper,
  ];
  const down = (found.outages?.length ?? 0) > 0;
  return down || dates.some((date) => date !== undefined) ? 'watch' : 'ok';
}
