import type { Inventory } from '#lib/domain/inventory';
import type { Message } from '#lib/domain/message';
import type { ReportFile, ReportSeries } from '#lib/report/report-input';
import { scenarioCapacityChanges } from '#lib/rules/apply-scenario';
import type { Scenario } from '#lib/rules/scenario';
import { capacitySteps } from './capacity-steps.ts';
import type { Evaluated } from './evaluate-all.ts';

/**
 * The series that get a chart (groups and ISPs), with their capacity
 * steps: past upgrades, the planned augments of their groups and, in a
 * what-if, the capacity its outages take (as the rules evaluate it).
 *
 * @param run - the evaluated series, the inventory, the as-of date and
 *   the what-if scenario, if any
 * @returns the charted series, in the evaluated series' order
 * @example
 * const series = chartedSeries({ evaluated, inventory, asOf });
 */
export function chartedSeries(run: {
  readonly evaluated: Evaluated;
  readonly inventory: Inventory;
  readonly asOf: string;
  readonly scenario?: Scenario | undefined;
}): ReportSeries[] {
  const { modelled } = run.evaluated;
  return modelled.flatMap(({ entry, history, forecast }) => {
    if (entry.level === 'link') return [];
    const groups = new Set(entry.links.map((link) => link.group));
    const augments = run.inventory.augments.filter((a) => groups.has(a.group));
    return [
      {
        level: entry.level,
        key: entry.key,
        history,
        forecast,
        capacitySteps: capacitySteps(
          history,
          entry.inventoryCapacityBps,
          augments,
          run.asOf,
          run.scenario
            ? scenarioCapacityChanges(entry.links, run.scenario)
            : [],
        ),
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
