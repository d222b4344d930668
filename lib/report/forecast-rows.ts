import type { Evaluation } from '#lib/domain/evaluation';
import type { PlannedAugmentStatus } from '#lib/domain/plan-status';
import { augmentsOf } from '#lib/domain/plan-status';
import type { SERIES_LEVELS } from '#lib/domain/vocabulary';
import { crossingDates } from './crossing-dates.ts';
import { csvUtilization } from './format-utilization.ts';
import { byUrgency } from './rank.ts';

/**
 * The columns of `forecasts.csv`, the contract's list (docs/architecture.md "Data contracts") first and in its order,
 * then extra ones. Units are in the names: `_bps` bits per second, `_pct`
 * percent, `utilization` and `_threshold` ratios (0–1), `_date` YYYY-MM-DD.
 * `planned_augments` lists the augments still to come, `in_service_augments`
 * those in service already (in `capacity_bps`).
 */
export const FORECAST_COLUMNS = [
  'level',
  'key',
  'isp',
  'site',
  'region',
  'link_type',
  'model',
  'last_peak_bps',
  'capacity_bps',
  'utilization',
  'growth_pct_per_year',
  'warning_date',
  'critical_date',
  'critical_date_upper',
  'full_date',
  'order_by_date',
  'severity',
  'recommended_add_bps',
  'recommended_ports',
  'n1_ok',
  'owner',
  'warning_date_upper',
  'full_date_upper',
  'n1_breach_date',
  'lead_time_days',
  'port_bps',
  'warning_threshold',
  'critical_threshold',
  'planned_augments',
  'in_service_augments',
] as const;

/** One row of `forecasts.csv` / `forecasts.json`; `null` = not reached. */
export type ForecastRow = Record<
  (typeof FORECAST_COLUMNS)[number],
  string | number | boolean | null
>;

const round = (x: number, digits: number) =>
  Number.isFinite(x) ? Number(x.toFixed(digits)) : null;

/**
 * Turns an evaluation into an output row with snake_case names, rounded
 * figures and `null` for dates not reached; a threshold reached now is
 * reached today (`crossingDates`).
 *
 * @param e - the evaluation
 * @param asOf - the run's date
 * @returns the row
 * @example
 * toForecastRow(e, '2026-12-06').order_by_date; // '2026-12-10' or null
 */
export function toForecastRow(e: Evaluation, asOf: string): ForecastRow {
  const dates = crossingDates(e, asOf);
  return {
    level: e.level,
    key: e.key,
    isp: e.isp,
    site: e.site,
    region: e.region,
    link_type: e.linkType,
    model: e.model,
    last_peak_bps: round(e.lastPeakBps, 0),
    capacity_bps: round(e.capacityBps, 0),
    utilization: csvUtilization(e),
    growth_pct_per_year: round(e.growthPctPerYear, 2),
    warning_date: dates.warning_date,
    critical_date: dates.critical_date,
    critical_date_upper: dates.critical_date_upper,
    full_date: dates.full_date,
    order_by_date: e.orderByDate ?? null,
    severity: e.severity,
    recommended_add_bps: round(e.recommendedAddBps, 0),
    recommended_ports: e.recommendedPorts,
    n1_ok: e.n1Ok,
    owner: e.owner,
    warning_date_upper: dates.warning_date_upper,
    full_date_upper: dates.full_date_upper,
    n1_breach_date: e.n1BreachDate ?? null,
    lead_time_days: e.leadTimeDays,
    port_bps: round(e.portBps, 0),
    warning_threshold: e.warning,
    critical_threshold: e.critical,
    planned_augments: augmentList(augmentsOf(e, false)),
    in_service_augments: augmentList(augmentsOf(e, true)),
  };
}

/** Augments as one cell: `2027-02-01 +100000000000 CHG-1; …`. */
const augmentList = (augments: readonly PlannedAugmentStatus[]) =>
  augments
    .map((a) => `${a.inServiceDate} +${a.addedBps} ${a.reference}`.trim())
    .join('; ');

/**
 * Evaluations in output order: groups, then ISPs, then links; most urgent
 * first within a level.
 *
 * @param evaluations - evaluations of every level
 * @returns a sorted copy
 * @example
 * sortForOutput(input.evaluations)[0]?.level; // 'group'
 */
export function sortForOutput(
  evaluations: readonly Evaluation[],
): Evaluation[] {
  const order = [
    'group',
    'isp',
    'link',
  ] satisfies (typeof SERIES_LEVELS)[number][];
  return [...evaluations].sort(
    (a, b) =>
      order.indexOf(a.level) - order.indexOf(b.level) || byUrgency(a, b),
  );
}
