import type { Message } from '#lib/domain/message';
import type { ReportFile, ReportSeries } from '#lib/report/report-input';
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

/**
 * A what-if's drafted messages as `what-if-messages.txt` (none for a
 * real run).
 *
 * @param run - the drafted messages, if any
 * @returns zero or one file
 * @example
 * draftsFile({ draftMessages: [] })[0]?.path; // 'what-if-messages.txt'
 */
export function draftsFile({
  draftMessages,
}: {
  readonly draftMessages?: readonly Message[];
}): ReportFile[] {
  if (draftMessages === undefined) return [];
  const text = draftMessages
    .map((m) => `Subject: ${m.subject}\n\n${m.body}`)
    .join(`\n${'='.repeat(72)}\n\n`);
  return [
    {
      path: 'what-if-messages.txt',
      body: text || 'No group would need an augment in this scenario.\n',
      contentType: 'text/plain; charset=utf-8',
    },
  ];
}
