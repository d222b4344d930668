import { addDays } from '#lib/domain/dates';
import type { Inventory } from '#lib/domain/inventory';
import type { Message } from '#lib/domain/message';
import type { DataQualityReport } from '#lib/domain/quality';
import { idSlug } from '#lib/domain/slug';
import { computeAccuracy } from '#lib/report/accuracy';
import { renderReport } from '#lib/report/render-report';
import type {
  ReportFile,
  ReportInput,
  ReportSeries,
} from '#lib/report/report-input';
import { buildManifest, type ManifestInputs } from './build-manifest.ts';
import { capacitySteps } from './capacity-steps.ts';
import type { Deps } from './deps.ts';
import type { Evaluated } from './evaluate-all.ts';
import { loadBacktest } from './load-backtest.ts';
import { loadPastForecasts } from './load-past-forecasts.ts';
import { publishReports } from './publish-reports.ts';

/** What the report stage needs from the run. */
export interface ReportRun {
  readonly runId: string;
  readonly asOf: string;
  readonly startedAt: string;
  readonly evaluated: Evaluated;
  readonly quality: DataQualityReport;
  readonly inventory: Inventory;
  readonly inputs: ManifestInputs;
  readonly scenario?: { readonly name: string; readonly description: string };
  /** A run for a date before the latest run's: leaves `latest/` alone. */
  readonly replay?: boolean;
  /** A what-if's messages, drafted into its report instead of sent. */
  readonly draftMessages?: readonly Message[];
}

/**
 * Renders the report and publishes it: `reports/<asOf>/` then
 * `reports/latest/` for a real run (not for a replay of a date before the
 * latest run's); `scenarios/<name>/<asOf>/` (and never `latest/`) for a
 * what-if. The manifest goes last.
 *
 * @param deps - the report store, logger and configuration
 * @param run - the run's results
 * @returns the folder the run was published to
 * @example
 * const folder = await writeReports(deps, run); // 'reports/2026-11-26'
 */
export async function writeReports(
  deps: Pick<Deps, 'reports' | 'log' | 'config'>,
  run: ReportRun,
): Promise<string> {
  const { asOf, scenario } = run;
  const series = chartedSeries(run);
  const past = scenario
    ? []
    : await loadPastForecasts(
        deps.reports,
        { from: addDays(asOf, -deps.config.historyDays), to: asOf },
        deps.log,
      );
  const backtest = scenario
    ? undefined
    : await loadBacktest(deps.reports, deps.log);
  const input: ReportInput = {
    asOf,
    runId: run.runId,
    generatedAt: run.startedAt,
    decisionLevel: deps.config.decisionLevel,
    evaluations: run.evaluated.evaluations,
    isps: run.evaluated.isps,
    series,
    dataQuality: run.quality,
    accuracy: computeAccuracy(
      past,
      series.map((s) => s.history),
    ),
    ...(scenario ? { scenario } : {}),
    ...(backtest ? { backtest } : {}),
  };
  const files = [...(await renderReport(input)), ...draftsFile(run)];
  const manifest = buildManifest(
    {
      runId: run.runId,
      asOf,
      startedAt: run.startedAt,
      scenario: scenario?.name,
    },
    run.inputs,
    run.evaluated.evaluations,
    files,
    deps.config,
  );
  const folder = scenario
    ? `scenarios/${idSlug(scenario.name)}/${asOf}`
    : `reports/${asOf}`;
  await publishReports(
    deps.reports,
    folder,
    files,
    manifest,
    scenario || run.replay ? undefined : 'reports/latest',
  );
  deps.log.info('report published', { folder, files: files.length + 1 });
  return folder;
}

/**
 * The series that get a chart (groups and ISPs), with their capacity
 * steps: past upgrades and the planned augments of their groups.
 *
 * @param run - the evaluated series, the inventory and the as-of date
 * @returns the charted series, in the evaluated series' order
 * @example
 * const series = chartedSeries({ evaluated, inventory, asOf });
 */
export function chartedSeries(
  run: Pick<ReportRun, 'evaluated' | 'inventory' | 'asOf'>,
): ReportSeries[] {
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
}: Pick<ReportRun, 'draftMessages'>): ReportFile[] {
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
