import type { Evaluation } from '#lib/domain/evaluation';
import { stepOf } from '#lib/rules/step-record';
import type { ChartData } from './chart-types.ts';
import type { ReportSeries } from './report-input.ts';
import { stepText } from './step-text.ts';

/**
 * The chart's date marks with the series' step added: a rule on its first
 * day labelled "traffic stepped +70% on 2026-11-20", on a label row of
 * its own above the others (README "The forecast engine"). A bundle's
 * step is its evaluation's, as `steps.json` and the email name it: that
 * may be a member link's step the group follows ("traffic on a stepped
 * … (+35% of the group)"), which the group's own forecast does not hold.
 *
 * @param marks - the chart's other marks
 * @param series - the charted series (its forecast's step, if any)
 * @param evaluation - the series' evaluation, if any (its step first)
 * @returns the marks, the step's last
 * @example
 * withStepMark(dateMarks(evaluation, asOf, start, end), series, evaluation);
 */
export function withStepMark(
  marks: ChartData['marks'],
  series: ReportSeries,
  evaluation?: Evaluation,
): ChartData['marks'] {
  const step = evaluation ? evaluation.step : stepOf(series).step;
  if (step === undefined) return marks;
  const row = marks.reduce((top, m) => Math.max(top, m.row + 1), 0);
  return [
    ...marks,
    {
      t: Date.parse(`${step.date}T00:00:00Z`),
      kind: 'step',
      label: stepText(step),
      row,
      // The step is near today, at the chart's right: write leftwards.
      right: true,
    },
  ];
}
