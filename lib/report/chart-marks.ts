import { compareCodePoints } from '#lib/domain/code-point-order';
import type { Evaluation } from '#lib/domain/evaluation';
import { reachedNow } from '#lib/domain/reached-now';
import { MARK_STYLES, type MarkKind } from './chart-style.ts';
import type { ChartData } from './chart-types.ts';

const ms = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/**
 * The dates a chart marks with a vertical rule: today, the order-by date
 * and the critical runout (mean and upper bound), where they fall inside
 * the chart. Each label has its own row above the plot, so close dates
 * stay legible. A bundle at or over critical now marks no critical date:
 * its pages say "reached", and the forecast's first day over it (a busier
 * weekday ahead) beside them read as if it were not.
 *
 * @param evaluation - the series' evaluation, if any
 * @param asOf - today
 * @param start - the chart's first day
 * @param end - the chart's last day
 * @returns the marks, ordered by date
 * @example
 * dateMarks(evaluation, '2026-11-26', '2025-01-01', '2027-11-25');
 */
export function dateMarks(
  evaluation: Evaluation | undefined,
  asOf: string,
  start: string,
  end: string,
): ChartData['marks'] {
  const span = Date.parse(end) - Date.parse(start);
  const cut = new Date(Date.parse(start) + span * 0.75)
    .toISOString()
    .slice(0, 10);
  const reached =
    evaluation !== undefined && reachedNow(evaluation, evaluation.critical);
  const wanted: [string | undefined, MarkKind][] = [
    [asOf, 'today'],
    [evaluation?.orderByDate, 'order-by'],
    ...(reached
      ? []
      : ([
          [evaluation?.criticalDateUpper, 'critical-upper'],
          [evaluation?.criticalDate, 'critical-mean'],
        ] as [string | undefined, MarkKind][])),
  ];
  return wanted
    .filter((w): w is [string, MarkKind] => w[0] !== undefined)
    .filter(([day]) => day >= start && day <= end)
    .sort((a, b) => compareCodePoints(a[0], b[0]))
    .map(([day, kind], i) => ({
      t: ms(day),
      kind,
      label: `${MARK_STYLES[kind].label} ${day}`,
      row: i,
      // Labels in the last quarter are written leftwards so they stay inside.
      right: day > cut,
    }));
}
