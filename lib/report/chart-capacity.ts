import { compareCodePoints } from '#lib/domain/code-point-order';
import type { Evaluation } from '#lib/domain/evaluation';
import { whollyDown } from '#lib/domain/wholly-down';
import { inServiceIfOrderedToday } from '#lib/rules/in-service-if-ordered-today';
import type { ChartData } from './chart-types.ts';
import type { CapacityStep, ReportSeries } from './report-input.ts';

const ms = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/**
 * The capacity steps a series' chart draws: those the run built for it
 * (`ReportSeries.capacitySteps`: past upgrades, then the capacity the
 * rules judged it against), else the last capacity seen (or the
 * evaluation's) from the chart's start.
 *
 * @param series - the series
 * @param evaluation - its evaluation, if any
 * @returns the steps, possibly none
 * @example
 * chartedCapacity(series, evaluation)[0]?.capacityBps;
 */
export function chartedCapacity(
  series: ReportSeries,
  evaluation: Evaluation | undefined,
): readonly CapacityStep[] {
  if (series.capacitySteps.length > 0) return series.capacitySteps;
  const known = series.history.capacity.filter(Number.isFinite);
  const last = known.at(-1) ?? evaluation?.capacityBps;
  if (last === undefined || !Number.isFinite(last)) return [];
  return [{ date: series.history.start, capacityBps: last }];
}

/** The steps in force between `start` and `end`, with both ends drawn. */
function clip(
  capacity: readonly CapacityStep[],
  start: string,
  end: string,
): CapacityStep[] {
  const sorted = [...capacity].sort((a, b) =>
    compareCodePoints(a.date, b.date),
  );
  const inForce = sorted.filter((s) => s.date <= start).at(-1) ?? sorted[0];
  if (inForce === undefined) return [];
  const later = sorted.filter((s) => s.date > start && s.date <= end);
  const points = [{ ...inForce, date: start }, ...later];
  points.push({ date: end, capacityBps: points.at(-1)!.capacityBps });
  return points;
}

/**
 * Capacity as a step line from `start` to `end`, and for a bundle its
 * critical and warning thresholds as the same steps scaled.
 *
 * @param capacity - the capacity steps
 * @param start - the chart's first day
 * @param end - the chart's last day
 * @param lines - the evaluation whose thresholds to draw, if any
 * @returns the `cap` points
 * @example
 * capacityLines(steps, '2025-01-01', '2027-11-25', evaluation);
 */
export function capacityLines(
  capacity: readonly CapacityStep[],
  start: string,
  end: string,
  lines: Evaluation | undefined,
): ChartData['cap'] {
  const points = clip(capacity, start, end);
  const ratios: [ChartData['cap'][number]['s'], number][] = [['capacity', 1]];
  if (lines)
    ratios.push(['critical', lines.critical], ['warning', lines.warning]);
  return ratios.flatMap(([s, r]) =>
    points.map((p) => ({ t: ms(p.date), v: p.capacityBps * r, s })),
  );
}

/**
 * The recommended augment as a capacity step: ordered today, it is in
 * service after the lead time and adds the ask to whatever capacity is in
 * force then (planned augments included). Nothing when there is no ask or
 * the date falls past the chart.
 *
 * @param capacity - the capacity steps
 * @param evaluation - the bundle's evaluation
 * @param asOf - today
 * @param end - the chart's last day
 * @returns the `cap` points of kind `augment`
 * @example
 * augmentLine(steps, e, '2026-11-26', '2027-11-25')[1]?.v; // capacity + ask
 */
export function augmentLine(
  capacity: readonly CapacityStep[],
  evaluation: Evaluation | undefined,
  asOf: string,
  end: string,
): ChartData['cap'] {
  const add = evaluation?.recommendedAddBps ?? 0;
  if (evaluation === undefined || !(add > 0)) return [];
  const date = inServiceIfOrderedToday(evaluation, asOf);
  if (date > end) return [];
  const points = clip(capacity, date, end);
  if (points.length === 0) return [];
  const before = {
    t: ms(date),
    v: points[0]!.capacityBps,
    s: 'augment' as const,
  };
  return [
    before,
    ...points.map((p) => ({
      t: ms(p.date),
      // The ask's ports are down with the bundle on such a day.
      v: whollyDown(p.capacityBps) ? 0 : p.capacityBps + add,
      s: 'augment' as const,
    })),
  ];
}
