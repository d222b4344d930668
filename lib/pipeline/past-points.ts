import { addDays } from '#lib/domain/dates';
import { forEachLimited } from '#lib/for-each-limited';
import type { Logger } from '#lib/ports/logger';
import type { ObjectStore } from '#lib/ports/object-store';
import {
  type ForecastPointsIndex,
  POINTS_INDEX,
  partsHolding,
} from '#lib/report/forecast-point-parts';
import type {
  ForecastPointsSeries,
  PastForecastPoints,
} from '#lib/report/forecast-points';

/** A series as forecast points name it. */
type SeriesId = Pick<ForecastPointsSeries, 'level' | 'key' | 'isp'>;

/** Store requests in flight at once (small objects: the latency counts). */
const IN_FLIGHT = 16;

/**
 * The days in the window whose report was published whole: its folder
 * has `manifest.json`, which publish writes last (a run killed while
 * publishing left a folder without it). One listing of that one key a
 * day, never a listing of every run's files (about 11,600 a run at
 * 10,000 links).
 *
 * @param store - the report store
 * @param window - days in `[from, to)`
 * @returns the days, oldest first
 * @example
 * const days = await publishedRuns(deps.reports,
 *   { from: '2024-11-26', to: '2026-11-26' });
 */
export async function publishedRuns(
  store: ObjectStore,
  window: { readonly from: string; readonly to: string },
): Promise<string[]> {
  const days: string[] = [];
  for (let day = window.from; day < window.to; day = addDays(day, 1)) {
    days.push(day);
  }
  const published = new Array<boolean>(days.length).fill(false);
  await forEachLimited(days, IN_FLIGHT, async (day, i) => {
    const manifest = `reports/${day}/manifest.json`;
    published[i] = (await store.list(manifest)).includes(manifest);
  });
  return days.filter((_, i) => published[i]);
}

/**
 * Each published run's forecast points of the given series, cut to them
 * as each file is read (a shard never holds more than its own): from a
 * run's `forecast-points/index.json`, only the parts holding the series'
 * ISPs (`partsHolding`); from a run published before the points were
 * cut, its whole `forecast-points.json`. A run without points, or whose
 * points cannot be read, is skipped with a warning: accuracy is a view on
 * the past, not an input.
 *
 * @param deps - the report store and a logger
 * @param days - the published runs (`publishedRuns`)
 * @param series - the series wanted (a shard's charted series)
 * @returns one entry per run read, in the days' order
 * @example
 * const past = await readPastPoints(deps, plan.pastReports, points);
 */
export async function readPastPoints(
  deps: { readonly reports: ObjectStore; readonly log: Logger },
  days: readonly string[],
  series: readonly SeriesId[],
): Promise<PastForecastPoints[]> {
  const id = (s: SeriesId) => `${s.level}\u0000${s.key}`;
  const ids = new Set(series.map(id));
  const isps = [...new Set(series.map((s) => s.isp))].sort();
  const read = async <T>(key: string): Promise<T | undefined> => {
    const bytes = await deps.reports.get(key);
    return bytes && (JSON.parse(new TextDecoder().decode(bytes)) as T);
  };
  const mine = (run: PastForecastPoints): PastForecastPoints => ({
    ...run,
    series: run.series.filter((s) => ids.has(id(s))),
  });
  const runs: PastForecastPoints[][] = days.map(() => []);
  await forEachLimited(days, IN_FLIGHT, async (day, i) => {
    const folder = `reports/${day}`;
    try {
      const index = await read<ForecastPointsIndex>(
        `${folder}/${POINTS_INDEX}`,
      );
      if (index === undefined) {
        const whole = await read<PastForecastPoints>(
          `${folder}/forecast-points.json`,
        );
        if (whole) runs[i] = [mine(whole)];
        return;
      }
      for (const part of partsHolding(index, isps)) {
        const points = await read<PastForecastPoints>(`${folder}/${part.path}`);
        if (points === undefined) throw new Error(`${part.path} is missing`);
        const kept = mine(points);
        // A part read for its ISP range may hold none of the series.
        if (kept.series.length > 0) runs[i]!.push(kept);
      }
    } catch (error) {
      runs[i] = [];
      deps.log.warn('skipping unreadable past forecast', {
        folder,
        error: (error as Error).message,
      });
    }
  });
  return runs.flat();
}
