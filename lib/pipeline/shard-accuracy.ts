import type { Config } from '#lib/config';
import { computeAccuracy } from '#lib/report/accuracy';
import type { AccuracyTally } from '#lib/report/accuracy-row';
import { tallyAccuracy } from '#lib/report/accuracy-tally';
import type { ForecastPointsSeries } from '#lib/report/forecast-points';
import type { ReportSeries } from '#lib/report/report-input';
import type { Deps } from './deps.ts';
import { pastReports, readPastPoints } from './past-points.ts';
import type { RunPlanFile } from './run-plan-file.ts';

/**
 * The accuracy tally of one shard's charted series: the forecast points
 * that the past runs the plan found (`plan.pastReports`) kept of them,
 * read only from the parts holding the shard's series and cut to them
 * (`readPastPoints`, so a shard never holds the fleet's points), compared
 * with the shard's histories, then reduced to what the accuracy page
 * needs (sums per series and horizon, the chart's rows, points inside
 * and above the interval counted only of runs whose bounds were at
 * today's decision level), so that the
 * shard sends publish a few thousand entries, not a row per run, series
 * and horizon (docs/architecture.md "The accuracy page's figures"). A
 * plan written before the planner found the runs (a run begun before an
 * upgrade) has none: the shard finds them itself.
 *
 * @param deps - the report store and logger
 * @param plan - the run's window and past runs
 * @param series - the shard's charted series
 * @param points - their own points this run (naming each series' ISP)
 * @returns the tally of the compared points (`tallyAccuracy`)
 * @example
 * const accuracy = await shardAccuracy(deps, plan, series, points);
 */
export async function shardAccuracy(
  deps: Pick<Deps, 'reports' | 'log'>,
  plan: Pick<RunPlanFile, 'window' | 'pastReports'> & {
    readonly config: Pick<Config, 'decisionLevel'>;
  },
  series: readonly ReportSeries[],
  points: readonly ForecastPointsSeries[],
): Promise<AccuracyTally> {
  const runs =
    plan.pastReports ?? (await pastReports(deps.reports, plan.window));
  const past = await readPastPoints(deps, runs, points);
  return tallyAccuracy(
    computeAccuracy(
      past,
      series.map((s) => s.history),
    ),
    plan.config.decisionLevel,
  );
}
