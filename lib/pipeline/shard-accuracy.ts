import { computeAccuracy } from '#lib/report/accuracy';
import { tallyAccuracy } from '#lib/report/accuracy-tally';
import type { PastForecastPoints } from '#lib/report/forecast-points';
import type { AccuracyTally, ReportSeries } from '#lib/report/report-input';
import type { Deps } from './deps.ts';

const POINTS_FILE = /^reports\/(\d{4}-\d{2}-\d{2})\/forecast-points\.json$/;

/**
 * The accuracy tally of one shard's charted series: earlier runs' forecast
 * points in the history window, read one file at a time and cut to the
 * shard's series (so a shard never holds the fleet's points), compared
 * with the shard's histories, then reduced to what the accuracy page
 * needs (sums per series and horizon, the chart's rows), so that the
 * shard sends publish a few thousand entries, not a row per run, series
 * and horizon. A file that cannot be read is skipped with a warning, as
 * `loadPastForecasts` does.
 *
 * @param deps - the report store and logger
 * @param window - runs dated in `[from, to)` are read
 * @param series - the shard's charted series
 * @returns the tally of the compared points (`tallyAccuracy`)
 * @example
 * const accuracy = await shardAccuracy(deps, plan.window, series);
 */
export async function shardAccuracy(
  deps: Pick<Deps, 'reports' | 'log'>,
  window: { readonly from: string; readonly to: string },
  series: readonly ReportSeries[],
): Promise<AccuracyTally> {
  const ids = new Set(series.map((s) => `${s.level}\u0000${s.key}`));
  const keys = (await deps.reports.list('reports/')).filter((key) => {
    const day = POINTS_FILE.exec(key)?.[1];
    return day !== undefined && day >= window.from && day < window.to;
  });
  const past: PastForecastPoints[] = [];
  for (const key of keys) {
    try {
      const bytes = await deps.reports.get(key);
      if (bytes === undefined) continue;
      const run = JSON.parse(
        new TextDecoder().decode(bytes),
      ) as PastForecastPoints;
      const mine = run.series.filter((s) =>
        ids.has(`${s.level}\u0000${s.key}`),
      );
      past.push({ ...run, series: mine });
    } catch (error) {
      deps.log.warn('skipping unreadable past forecast', {
        key,
        error: (error as Error).message,
      });
    }
  }
  return tallyAccuracy(
    computeAccuracy(
      past,
      series.map((s) => s.history),
    ),
  );
}
