import { addDays } from '#lib/domain/dates';
import type { ChartData } from './chart-types.ts';
import type { ReportSeries } from './report-input.ts';
import { stepText } from './step-text.ts';

/**
 * The chart's date marks with the series' step added: a rule on its first
 * day labelled "traffic stepped +70 % on 2026-11-20", on a label row of
 * its own above the others (README "Forecast engine").
 *
 * @param marks - the chart's other marks
 * @param series - the charted series (its forecast's step, if any)
 * @returns the marks, the step's last
 * @example
 * withStepMark(dateMarks(evaluation, asOf, start, end), series);
 */
export function withStepMark(
  marks: ChartData['marks'],
  series: ReportSeries,
): ChartData['marks'] {
  const step = series.forecast.step;
  if (step === undefined) return marks;
  const date = addDays(series.history.start, step.index);
  const row = marks.reduce((top, m) => Math.max(top, m.row + 1), 0);
  return [
    ...marks,
    {
      t: Date.parse(`${date}T00:00:00Z`),
      kind: 'step',
      label: stepText({ ...step, date }),
      row,
      // The step is near today, at the chart's right: write leftwards.
      right: true,
    },
  ];
}
