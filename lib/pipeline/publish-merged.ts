import type { Message } from '#lib/domain/message';
import type { DataQualityReport } from '#lib/domain/quality';
import { renderAccuracy } from '#lib/report/render-accuracy';
import { renderDataFiles } from '#lib/report/render-data-files';
import { renderIndex } from '#lib/report/render-index';
import { renderPartnerPages } from '#lib/report/render-report';
import type { ReportInput, ReportSeries } from '#lib/report/report-input';
import { DEFAULT_CHANGE_RULE } from '#lib/rules/change-types';
import { computeChanges } from '#lib/rules/compute-changes';
import { buildManifest } from './build-manifest.ts';
import { draftsFile } from './charted-series.ts';
import type { Deps } from './deps.ts';
import { loadBacktest } from './load-backtest.ts';
import { loadPreviousRun } from './load-previous-run.ts';
import type { MergedShards } from './merge-shards.ts';
import type { RunPlanFile } from './plan-run.ts';
import { eagerFile, type LazyFile, publishFiles } from './publish-files.ts';
import { runKeys } from './run-files.ts';
import { runReportInput } from './run-report-input.ts';
import type { SeriesNotes } from './shard-result.ts';
import { splitIspPages } from './split-isp-pages.ts';

const HTML = 'text/html; charset=utf-8';

/** What `publishMerged` writes. */
export interface MergedRun {
  readonly plan: RunPlanFile;
  readonly merged: MergedShards;
  readonly quality: DataQualityReport;
  readonly folder: string;
  /** `reports/latest`, or undefined for a replay or a what-if. */
  readonly latest?: string;
  readonly scenario?: { readonly name: string; readonly description: string };
  readonly draftMessages?: readonly Message[];
}

/**
 * Writes the report of a sharded run in the order `renderReport` lists its
 * files (overview, ISP pages, accuracy page, data files, forecast points),
 * copying the ISP pages from the shards one at a time, then the manifest.
 *
 * @param deps - the report store, logger and the plan's configuration
 * @param run - the plan, merged rows, quality report and target folders
 * @returns when published
 * @example
 * await publishMerged(deps, { plan, merged, quality, folder, latest });
 */
export async function publishMerged(
  deps: Pick<Deps, 'reports' | 'log' | 'config'>,
  run: MergedRun,
): Promise<void> {
  const { plan, merged } = run;
  let input: ReportInput = {
    ...runReportInput(plan, {
      evaluations: merged.evaluations,
      isps: merged.isps,
      series: merged.notes.map(notesOnly),
      dataQuality: run.quality,
    }),
    accuracy: merged.accuracy,
  };
  // The latest `headroom backtest` result, shown on the accuracy page.
  const backtest = run.scenario
    ? undefined
    : await loadBacktest(deps.reports, deps.log);
  if (backtest) input = { ...input, backtest };
  // What changed since the previous run (not for a what-if).
  if (!run.scenario) {
    const previous = await loadPreviousRun(deps.reports, plan.asOf, deps.log);
    const changes = computeChanges(previous, merged.evaluations, plan.asOf, {
      ...DEFAULT_CHANGE_RULE,
      warningWindowDays: plan.config.warningWindowDays,
    });
    input = { ...input, changes };
  }
  const keys = runKeys(plan.runId);
  const shardPages: LazyFile[] = merged.pages.map(({ shard, path }) => ({
    path,
    contentType: HTML,
    load: async () => {
      const bytes = await deps.reports.get(`${keys.pages(shard)}/${path}`);
      if (bytes === undefined) throw new Error(`shard ${shard} lost ${path}`);
      return bytes;
    },
  }));
  const pages = [
    ...shardPages,
    ...(await splitIspPages(deps, { plan, merged })),
  ].sort((a, b) => a.path.localeCompare(b.path));
  const points = {
    runId: plan.runId,
    asOf: plan.asOf,
    decisionLevel: plan.config.decisionLevel,
    series: merged.points,
  };
  const files = [
    eagerFile({
      path: 'index.html',
      body: renderIndex(input),
      contentType: HTML,
    }),
    ...pages,
    ...renderPartnerPages(input).map(eagerFile),
    eagerFile({
      path: 'accuracy.html',
      body: await renderAccuracy(input),
      contentType: HTML,
    }),
    ...renderDataFiles(input).map(eagerFile),
    eagerFile({
      path: 'forecast-points.json',
      body: JSON.stringify(points),
      contentType: 'application/json',
    }),
    ...draftsFile(run).map(eagerFile),
  ];
  const manifestOf = (digests: Parameters<typeof buildManifest>[3]) =>
    buildManifest(
      {
        runId: plan.runId,
        asOf: plan.asOf,
        startedAt: plan.startedAt,
        scenario: run.scenario?.name,
      },
      { ...plan.inputs, staleSeries: merged.stale },
      merged.evaluations,
      digests,
      deps.config,
    );
  await publishFiles(deps.reports, run.folder, files, manifestOf, run.latest);
  deps.log.info('report published', {
    folder: run.folder,
    files: files.length + 1,
  });
}

/**
 * A charted series reduced to its forecast notes and backtest: the
 * overview and the accuracy page read only these of `ReportInput.series`,
 * and publish never holds histories.
 */
function notesOnly(notes: SeriesNotes): ReportSeries {
  const { level, key, warnings, backtest } = notes;
  return {
    level,
    key,
    history: { level, key, start: '', values: [], capacity: [] },
    forecast: {
      model: '',
      mean: [],
      lower: {},
      upper: {},
      cleaned: [],
      warnings,
      ...(backtest ? { backtest } : {}),
    },
    capacitySteps: [],
  };
}
