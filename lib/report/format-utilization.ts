import type { Evaluation } from '#lib/domain/evaluation';
import { formatPct } from './format.ts';

/**
 * A series' utilization as the pages, emails and console write it: one
 * decimal, as `formatPct`, unless that rounds it up to a threshold it has
 * not reached: then two, rounded down, so that a bundle at warning reads
 * '84.99%' beside 'critical (85.0%)', not '85.0%' (the decisions compare
 * the ratios themselves).
 *
 * @param e - the evaluation: its utilization and thresholds
 * @returns e.g. '72.3%', '84.99%', or '—' when not finite
 * @example
 * formatUtilization({ utilization: 0.84996, warning: 0.7, critical: 0.85 });
 * // '84.99%'
 */
export function formatUtilization(
  e: Pick<Evaluation, 'utilization' | 'warning' | 'critical'>,
): string {
  const shown = formatPct(e.utilization);
  const tenths = (ratio: number) => Number((ratio * 100).toFixed(1));
  const misleads = thresholdsOf(e).some(
    (t) => e.utilization < t && tenths(e.utilization) >= tenths(t),
  );
  if (!misleads) return shown;
  // The epsilon keeps 0.8499, stored as 0.84989…, at 84.99%.
  return formatPct(Math.floor(e.utilization * 10000 + 1e-7) / 10000, 2);
}

/** The thresholds a utilization is read against: warning, critical, full. */
const thresholdsOf = (e: Pick<Evaluation, 'warning' | 'critical'>) => [
  e.warning,
  e.critical,
  1,
];

/**
 * A series' utilization as the CSV files write it: a ratio to four
 * decimals, rounded down where rounding would reach a threshold it has
 * not reached, as `formatUtilization` does on the pages: a warning row
 * at 0.84996 reads 0.8499 beside a `critical_threshold` of 0.85, not
 * 0.85.
 *
 * @param e - the evaluation: its utilization and thresholds
 * @returns the ratio, or null (an empty cell) when not finite
 * @example
 * csvUtilization({ utilization: 0.84996, warning: 0.7, critical: 0.85 });
 * // 0.8499
 */
export function csvUtilization(
  e: Pick<Evaluation, 'utilization' | 'warning' | 'critical'>,
): number | null {
  const u = e.utilization;
  if (!Number.isFinite(u)) return null;
  const at = (ratio: number) => Number(ratio.toFixed(4));
  const reaches = thresholdsOf(e).some((t) => u < t && at(u) >= at(t));
  // The epsilon keeps 0.8499, stored as 0.84989…, at 0.8499.
  return reaches ? Math.floor(u * 10000 + 1e-7) / 10000 : at(u);
}
