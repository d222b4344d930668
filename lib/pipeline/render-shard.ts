import { buildForecastPoints } from '#lib/report/forecast-points';
import { renderIspPages } from '#lib/report/render-report';
import type {
  PageInput,
  ReportFile,
  ReportSeries,
} from '#lib/report/report-input';
import { digestOf } from './build-manifest.ts';
import { chartedSeries } from './charted-series.ts';
import type { Deps } from './deps.ts';
import type { Evaluated } from './evaluate-all.ts';
import { readPageQuality } from './read-run-plan.ts';
import type { RunPlanFile } from './run-plan-file.ts';
import { runReportInput } from './run-report-input.ts';
import { shardAccuracy } from './shard-accuracy.ts';
import type { SeriesNotes, ShardResult } from './shard-result.ts';
import { writeSplitSeries } from './write-split-series.ts';

/**
 * Renders a shard's share of the report: its ISPs' pages (not those of
 * an ISP split by group: it writes their charted series for publish), and
 * the summary rows publish merges (evaluations, ISP summaries, accuracy tally, forecast
 * points, forecast notes), docs/architecture.md "Shard format".
 *
 * @param deps - the report store (past forecast points) and log
 * @param plan - the run's plan
 * @param shard - the shard's name
 * @param evaluated - the shard's evaluated series
 * @returns the pages and the summary (without the stale series)
 * @example
 * const { pages, summary } = await renderShard(deps, plan, 's0001',
 *   evaluated);
 */
export async function renderShard(
  deps: Pick<Deps, 'reports' | 'log'>,
  plan: RunPlanFile,
  shard: string,
  evaluated: Evaluated,
) {
  const series = chartedSeries({ evaluated, asOf: plan.asOf });
  const input = await shardReportInput(deps, plan, evaluated, series);
  // An ISP split by group gets its page in publish, from all its shards.
  const split = new Set(plan.splitIsps);
  const pages = await renderIspPages(withoutSplit(input, split));
  const splitWritten = await writeSplitSeries(deps, {
    runId: plan.runId,
    shard,
    series,
    evaluations: evaluated.evaluations,
    splitIsps: split,
  });
  const points = buildForecastPoints(input).series;
  const accuracy = plan.scenario
    ? { sums: [], chart: [] }
    : await shardAccuracy(deps, plan, series, points);
  const summary: Omit<ShardResult, 'stale'> = {
    runId: plan.runId,
    shard,
    series: evaluated.evaluations.length,
    evaluations: evaluated.evaluations,
    isps: evaluated.isps,
    accuracy,
    points,
    notes: notesOf(series),
    pages: pages.map(digestOf),
    split: splitWritten,
  };
  return { pages, summary };
}

/**
 * The report input of the shard's series, with what its pages read of
 * the run's data quality: from the plan, not the fleet's `quality.json`
 * (docs/architecture.md "The plan's memory").
 */
async function shardReportInput(
  deps: Pick<Deps, 'reports'>,
  plan: RunPlanFile,
  evaluated: Evaluated,
  series: ReportSeries[],
): Promise<PageInput> {
  return runReportInput(plan, {
    evaluations: evaluated.evaluations,
    isps: evaluated.isps,
    series,
    dataQuality: await readPageQuality(deps.reports, plan),
  });
}

/**
 * The forecast notes of the charted series that have any: warnings and
 * the chosen model's backtest, which the overview and the accuracy page
 * show (docs/architecture.md "Reports and charts").
 */
function notesOf(series: readonly ReportSeries[]): SeriesNotes[] {
  return series
    .filter((s) => s.forecast.warnings.length > 0 || s.forecast.backtest)
    .map(({ level, key, forecast: { warnings, backtest } }) => ({
      level,
      key,
      warnings,
      ...(backtest ? { backtest } : {}),
    }));
}

/** The input without the split ISPs' own rows, so none gets a page. */
function withoutSplit(input: PageInput, split: ReadonlySet<string>) {
  if (split.size === 0) return input;
  return {
    ...input,
    isps: input.isps.filter((s) => !split.has(s.isp)),
    evaluations: input.evaluations.filter(
      (e) => e.level === 'link' || !split.has(e.isp),
    ),
  };
}

/**
 * Writes a shard's pages below `prefix`, then deletes pages an earlier
 * attempt left there that this one did not write (a retry is idempotent).
 *
 * @param deps - the report store
 * @param prefix - e.g. `runs/<runId>/shards/s0001/pages`
 * @param pages - the pages, paths relative to the report folder
 * @returns when done
 * @example
 * await writePages(deps, keys.pages('s0001'), pages);
 */
export async function writePages(
  deps: Pick<Deps, 'reports'>,
  prefix: string,
  pages: readonly ReportFile[],
): Promise<void> {
  const written = new Set<string>();
  for (const page of pages) {
    const key = `${prefix}/${page.path}`;
    await deps.reports.put(key, page.body, page.contentType);
    written.add(key);
  }
  const before = await deps.reports.list(`${prefix}/`);
  await deps.reports.delete(before.filter((key) => !written.has(key)));
}
