import { addDays } from '#lib/domain/dates';
import type { Inventory } from '#lib/domain/inventory';
import type { Message } from '#lib/domain/message';
import type { DataQualityReport } from '#lib/domain/quality';
import { ispSlug } from '#lib/domain/slug';
import { computeAccuracy } from '#lib/report/accuracy';
import { renderReport } from '#lib/report/render-report';
import type {
  ReportFile,
  ReportInput,
  ReportSeries,
} from '#lib/report/report-input';
import { DEFAULT_CHANGE_RULE } from '#lib/rules/change-types';
import { computeChanges } from '#lib/rules/compute-changes';
import { buildManifest, type ManifestInputs } from './build-manifest.ts';
import { capacitySteps } from './capacity-steps.ts';
import type { Deps } from './deps.ts';
import type { Evaluated } from './evaluate-all.ts';
import { loadPastForecasts } from './load-past-forecasts.ts';
import { loadPreviousRun } from './load-previous-run.ts';
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
    ...(scenario ? { scenario } : { changes: await changesOf(deps, run) }),
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
    ? `scenarios/${ispSlug(scenario.name)}/${asOf}`
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

async function changesOf(
  deps: Pick<Deps, 'reports' | 'log' | 'config'>,
  run: ReportRun,
) {
  const previous = await loadPreviousRun(deps.reports, run.asOf, deps.log);
  return computeChanges(previous, run.evaluated.evaluations, run.asOf, {
    ...DEFAULT_CHANGE_RULE,
    warningWindowDays: deps.config.warningWindowDays,
  });
}

function chartedSeries(run: ReportRun): ReportSeries[] {
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

function draftsFile({ draftMessages }: ReportRun): ReportFile[] {
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
