import { computeAccuracy } from '#lib/report/accuracy';
import { tallyAccuracy } from '#lib/report/accuracy-tally';
import type { ForecastPointsSeries } from '#lib/report/forecast-points';
import type { AccuracyTally, ReportSeries } from '#lib/report/report-input';
import type { Deps } from './deps.ts';
import { readPastPoints } from './past-points.ts';

/**
 * The accuracy tally of one shard's charted series: the forecast points
 * that the published runs in the history window kept of them, read only
 * from the parts holding the shard's ISPs and cut to its series
 * (`readPastPoints`, so a shard never holds the fleet's points),
 * compared with the shard's histories, then reduced to what the accuracy
 * page needs (sums per series and horizon, the chart's rows), so that the
 * shard sends publish a few thousand entries, not a row per run, series
 * and horizon (docs/architecture.md "The accuracy page's figures").
 *
 * @param deps - the report store and logger
 * @param pastReports - the published runs to read (`plan.pastReports`)
 * @param series - the shard's charted series
 * @param points - their own points this run (naming each series' ISP)
 * @returns the tally of the compared points (`tallyAccuracy`)
 * @example
 * const accuracy = await shardAccuracy(deps, plan.pastReports, series,
 *   points);
 */
export async function shardAccuracy(
  deps: Pick<Deps, 'reports' | 'log'>,
  pastReports: readonly string[],
  series: readonly ReportSeries[],
  points: readonly ForecastPointsSeries[],
): Promise<AccuracyTally> {
  const past = await readPastPoints(deps, pastReports, points);
  return tallyAccuracy(
    computeAccuracy(
      past,
      series.map((s) => s.history),
    ),
  );
}
