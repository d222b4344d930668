import { compareCodePoints } from '#lib/domain/code-point-order';
import type { Message } from '#lib/domain/message';
import type { DataQualityReport, LinkQuality } from '#lib/domain/quality';
import { forecastPointsFiles } from '#lib/report/forecast-point-parts';
import { accuracyChart, accuracyPieces } from '#lib/report/render-accuracy';
import { indexPieces } from '#lib/report/render-index';
import { partnerPageRenderers } from '#lib/report/render-report';
import type { ReportInput } from '#lib/report/report-input';
import { streamedDataFiles } from '#lib/report/streamed-data-files';
import { buildManifest } from './build-manifest.ts';
import type { Deps } from './deps.ts';
import { draftsFile } from './drafts-file.ts';
import { eagerFile, type LazyFile } from './lazy-file.ts';
import { type LoadedBacktest, loadBacktest } from './load-backtest.ts';
import type { MergedShards } from './merge-shards.ts';
import { mergedReportInput } from './merged-report-input.ts';
import { publishFiles } from './publish-files.ts';
import { runKeys } from './run-files.ts';
import type { RunPlanFile } from './run-plan-file.ts';
import { splitIspPages } from './split-isp-pages.ts';

const HTML = 'text/html; charset=utf-8';

/** What `publishMerged` writes. */
export interface MergedRun {
  readonly plan: RunPlanFile;
  readonly merged: MergedShards;
  /** The data-quality report, its `byLink` the overview's top links. */
  readonly quality: DataQualityReport;
  /** Every per-link row, a page at a time: `data-quality.json`'s. */
  readonly qualityRows: () => AsyncIterable<readonly LinkQuality[]>;
  readonly folder: string;
  /** `reports/latest`, or undefined for a replay or a what-if. */
  readonly latest?: string;
  readonly scenario?: { readonly name: string; readonly description: string };
  readonly draftMessages?: readonly Message[];
}

/**
 * Writes the report of a sharded run in the order `renderReport` lists its
 * files (overview, ISP pages, accuracy page, the backtest's misses, data
 * files, forecast points), rendering each file (the backtest's misses
 * from its summary), or copying each ISP page from its shard, only when it
 * is written (the overview, the partner pages and the data files in pieces,
 * streamed into the store), then the manifest. Of the decision backtest
 * it reads the summary alone (`loadBacktest`).
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
  // The backtest's summary, not its cases (and none for a what-if).
  const backtest = run.scenario
    ? undefined
    : await loadBacktest(deps.reports, deps.log);
  const input = await mergedReportInput(deps, run, backtest);
  const files = await listMergedFiles(deps, run, input, backtest);
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
 * The run's files in `renderReport`'s order, each rendered from the report
 * input only when written (the ISP pages loaded only then, the
 * `DeferredFile`s in pieces as they stream into the store).
 */
async function listMergedFiles(
  deps: Pick<Deps, 'reports'>,
  run: MergedRun,
  input: ReportInput,
  backtest?: LoadedBacktest,
): Promise<LazyFile[]> {
  const { plan } = run;
  const pages = await listIspPages(deps, run);
  const chart = await accuracyChart(input);
  const points = {
    runId: plan.runId,
    asOf: plan.asOf,
    decisionLevel: plan.config.decisionLevel,
    series: run.merged.points,
  };
  return [
    // In pieces, streamed into the store: 18 MB at 10,000 links.
    { path: 'index.html', contentType: HTML, pieces: () => indexPieces(input) },
    ...pages,
    ...partnerPageRenderers(input),
    // In pieces too: 69 MB at 10,000 links once earlier runs are compared.
    {
      path: 'accuracy.html',
      contentType: HTML,
      pieces: () => accuracyPieces(input, chart),
    },
    // Every miss of the backtest, which the page lists only in part.
    ...(backtest ? [backtest.misses] : []),
    // data-quality.json's rows read from the run's parts as it is written.
    ...streamedDataFiles(input, run.qualityRows),
    // Cut by ISP, so that later runs' shards read only their ISPs' parts.
    ...forecastPointsFiles(points),
    ...draftsFile(run).map(eagerFile),
  ];
}

/**
 * Every ISP page, sorted by path: the shards' pages, copied inside the
 * store from the shards' folders under the digests the shards recorded,
 * and the split ISPs' pages rendered here
 * (docs/architecture.md "Choosing shards").
 */
async function listIspPages(
  deps: Pick<Deps, 'reports'>,
  run: MergedRun,
): Promise<LazyFile[]> {
  const keys = runKeys(run.plan.runId);
  const shardPages: LazyFile[] = run.merged.pages.map(
    ({ shard, ...digest }) => ({
      path: digest.path,
      contentType: HTML,
      from: `${keys.pages(shard)}/${digest.path}`,
      digest,
    }),
  );
  return [...shardPages, ...(await splitIspPages(deps, run))].sort((a, b) =>
    compareCodePoints(a.path, b.path),
  );
}
