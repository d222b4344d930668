import type { DataQualityReport } from '#lib/domain/quality';
import type { ReportInput, ReportSeries } from '#lib/report/report-input';
import { DEFAULT_CHANGE_RULE } from '#lib/rules/change-types';
import { computeChanges } from '#lib/rules/compute-changes';
import type { Deps } from './deps.ts';
import type { LoadedBacktest } from './load-backtest.ts';
import { loadPreviousRun } from './load-previous-run.ts';
import type { MergedShards } from './merge-shards.ts';
import type { RunPlanFile } from './run-plan-file.ts';
import { runReportInput } from './run-report-input.ts';
import type { SeriesNotes } from './shard-result.ts';

/**
 * The report input of a sharded run's publish, from summary rows only
 * (docs/architecture.md "Reports and charts"): the merged evaluations,
 * ISP summaries, accuracy tally and forecast notes, plus, for a real run
 * (not a what-if), the latest `headroom backtest`'s summary and what
 * changed since the previous run.
 *
 * @param deps - the report store, logger
 * @param run - the plan, merged rows and quality report; a what-if's
 *   scenario
 * @param backtest - the latest backtest (`loadBacktest`), for a real run
 * @returns the report input
 * @example
 * const input = await mergedReportInput(deps, { plan, merged, quality },
 *   await loadBacktest(deps.reports, deps.log));
 */
export async function mergedReportInput(
  deps: Pick<Deps, 'reports' | 'log'>,
  run: {
    readonly plan: RunPlanFile;
    readonly merged: MergedShards;
    readonly quality: DataQualityReport;
    readonly scenario?: { readonly name: string };
  },
  backtest?: LoadedBacktest,
): Promise<ReportInput> {
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
  // The latest `headroom backtest`'s summary, on the accuracy page.
  if (backtest) {
    input = {
      ...input,
      backtest: backtest.summary,
      backtestMisses: backtest.misses.path,
    };
  }
  // What changed since the previous run (not for a what-if).
  if (!run.scenario) {
    const previous = await loadPreviousRun(deps.reports, plan.asOf, deps.log);
    const changes = computeChanges(previous, merged.evaluations, plan.asOf, {
      ...DEFAULT_CHANGE_RULE,
      warningWindowDays: plan.config.warningWindowDays,
    });
    input = { ...input, changes };
  }
  return input;
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
