import { daysBetween } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import { neededByDate } from '#lib/domain/order-due';
import { addedBps, augmentsOf } from '#lib/domain/plan-status';
import { crossingDates } from './crossing-dates.ts';
import { csvUtilization } from './format-utilization.ts';
import { bpsPair, type CsvRow, round } from './level-rows.ts';

/**
 * One row of `groups.csv`: a capacity group's decision, with its ask, its
 * planned capacity summed (augments still to come: one in service is in
 * `capacity_bps` already, and is summed apart, in the last columns), and
 * the days left to the order-by date, and a what-if's first outage of
 * the whole bundle (`down_from`, `down_until` excluded; empty in a real
 * run), which no augment fixes and which sets no order-by date.
 *
 * @param e - the group's evaluation
 * @param asOf - the run's date
 * @returns the row
 * @example
 * groupRow(e, '2026-11-26').days_to_order_by; // -53 when overdue
 */
export function groupRow(e: Evaluation, asOf: string): CsvRow {
  return {
    ...groupNames(e, asOf),
    severity: e.severity,
    order_by_date: e.orderByDate ?? null,
    days_to_order_by:
      e.orderByDate === undefined ? null : daysBetween(asOf, e.orderByDate),
    ...bpsPair('last_peak', e.lastPeakBps),
    ...bpsPair('capacity', e.capacityBps),
    utilization: csvUtilization(e),
    warning_threshold: e.warning,
    critical_threshold: e.critical,
    growth_pct_per_year: round(e.growthPctPerYear, 2),
    ...crossingDates(e, asOf),
    lead_time_days: e.leadTimeDays,
    ...bpsPair('port', e.portBps),
    ask_ports: e.recommendedPorts,
    ...bpsPair('ask', e.recommendedAddBps),
    n1_ok: e.n1Ok,
    n1_breach_date: e.n1BreachDate ?? null,
    planned_augments: augmentsOf(e, false).length,
    ...bpsPair('planned_add', addedBps(e, false)),
    model: e.model,
    in_service_augments: augmentsOf(e, true).length,
    ...bpsPair('in_service_add', addedBps(e, true)),
    // A what-if's first whole-bundle outage (README "What-if scenarios").
    down_from: e.outages?.[0]?.from ?? null,
    down_until: e.outages?.[0]?.until ?? null,
  };
}

/** The first columns of a group's row: the run's date and who and where. */
function groupNames(e: Evaluation, asOf: string): CsvRow {
  return {
    as_of: asOf,
    group: e.key,
    isp: e.isp,
    site: e.site,
    region: e.region,
    link_type: e.linkType,
    owner: e.owner,
    member_links: e.memberLinks ?? null,
  };
}

/**
 * Rows of `augments.csv`: one augment of the inventory's `augments.csv`
 * per row, with the day the group's capacity is needed by (`neededByDate`:
 * the critical date on the upper bound, today where the utilization now
 * reaches critical already, as `groups.csv`'s `critical_date_upper`
 * says), whether it is in service before the critical date the rules
 * judged it against (`late_by_days`, the forecast's day: the decision's,
 * as the order-by date is), and whether it is in service already
 * (`in_service`: its capacity is in the group's `capacity_bps`; the other
 * rows sum to `groups.csv`'s `planned_add_bps`).
 *
 * @param e - the group's evaluation
 * @param asOf - the run's date
 * @returns one row per planned augment
 * @example
 * augmentRows(e, '2026-11-26')[0]?.late_by_days; // 30
 */
export function augmentRows(e: Evaluation, asOf: string): CsvRow[] {
  return e.plannedAugments.map((a) => ({
    as_of: asOf,
    group: e.key,
    isp: e.isp,
    site: e.site,
    link_type: e.linkType,
    in_service_date: a.inServiceDate,
    ...bpsPair('added', a.addedBps),
    reference: a.reference,
    needed_by_date: neededByDate(e, asOf) ?? null,
    late_by_days: a.lateByDays,
    in_time: a.lateByDays <= 0,
    in_service: a.inService,
  }));
}
