import type { ReportSeries } from '#lib/report/report-input';
import { seriesCapacity } from '#lib/rules/series-capacity';
import { capacitySteps } from './capacity-steps.ts';
import type { Evaluated } from './evaluate-all.ts';

/**
 * The series that get a chart (groups and ISPs), with their capacity
 * steps: past upgrades, then the capacity the rules judged them against
 * (planned augments and, in a what-if, its outages, as evaluated).
 *
 * @param run - the evaluated series
 * @returns the charted series, in the evaluated series' order
 * @example
 * const series = chartedSeries({ evaluated, asOf });
 */
export function chartedSeries(run: {
  readonly evaluated: Evaluated;
  readonly asOf: string;
}): ReportSeries[] {
  const { modelled, inputs } = run.evaluated;
  return modelled.flatMap(({ entry, history, forecast }, index) => {
    if (entry.level === 'link') return [];
    const { capacity } = seriesCapacity(inputs[index]!);
    return [
      {
        level: entry.level,
        key: entry.key,
        history,
        forecast,
        capacitySteps: capacitySteps(history, capacity, run.asOf),
      },
    ];
  });
}
