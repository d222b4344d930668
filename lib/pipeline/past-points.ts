import { addDays } from '#lib/domain/dates';
import { forEachLimited } from '#lib/for-each-limited';
import type { Logger } from '#lib/ports/logger';
import type { ObjectStore } from '#lib/ports/object-store';
import {
  type ForecastPointsIndex,
  POINTS_FOLDER,
  POINTS_INDEX,
  partsHolding,
} from '#lib/report/forecast-point-parts';
import type { PastForecastPoints } from '#lib/report/forecast-points';
import { comparePlaces, type SeriesPlace } from '#lib/report/series-place';

/** Store requests in flight at once (small objects: the latency counts). */
const IN_FLIGHT = 16;

/** The points file of a run published before the points were cut. */
const WHOLE_FILE = `${POINTS_FOLDER}.json`;

/**
 * A published run whose forecast points later runs score, and how they
 * are stored: cut by ISP (`forecast-points/`), or whole
 * (`forecast-points.json`, a run published before the cut).
 */
export interface PastReport {
  readonly day: string;
  readonly layout: 'parts' | 'whole';
}

/**
 * The runs in the window whose report was published whole, with
 * forecast points: the folder has `manifest.json`, which publish writes
 * last (a run killed while publishing left a folder without it), and
 * `forecast-points/index.json` or, before the cut, `forecast-points.json`.
 * Two listings of a key or two a day, never a listing of every run's
 * files (about 11,600 a run at 10,000 links); the shards then read only
 * files the run has.
 *
 * @param store - the report store
 * @param window - days in `[from, to)`
 * @returns the runs, oldest first
 * @example
 * const past = await pastReports(deps.reports,
 *   { from: '2024-11-26', to: '2026-11-26' });
 */
export async function pastReports(
  store: ObjectStore,
  window: { readonly from: string; readonly to: string },
): Promise<PastReport[]> {
  const days: string[] = [];
  for (let day = window.from; day < window.to; day = addDays(day, 1)) {
    days.push(day);
  }
  const found: (PastReport | undefined)[] = days.map(() => undefined);
  await forEachLimited(days, IN_FLIGHT, async (day, i) => {
    const folder = `reports/${day}`;
    const manifest = `${folder}/manifest.json`;
    if (!(await store.list(manifest)).includes(manifest)) return;
    const points = await store.list(`${folder}/${POINTS_FOLDER}`);
    if (points.includes(`${folder}/${POINTS_INDEX}`)) {
      found[i] = { day, layout: 'parts' };
    } else if (points.includes(`${folder}/${WHOLE_FILE}`)) {
      found[i] = { day, layout: 'whole' };
    }
  });
  return found.filter((run) => run !== undefined);
}

/**
 * Each past run's forecast points of the given series, cut to them as
 * each file is read (a shard never holds more than its own): from a run
 * cut in parts, its index, then only the parts whose range holds one of
 * the series (`partsHolding`); from a run published before the cut, its
 * whole file. Points are found by ISP, level and key: after an ISP is
 * renamed, a group that kept its key finds its earlier points no more
 * (docs/architecture.md "The accuracy page's figures"). A run whose
 * points cannot be read is skipped with a warning: accuracy is a view on
 * the past, not an input.
 *
 * @param deps - the report store and a logger
 * @param runs - the runs to read (`pastReports`)
 * @param series - the series wanted (a shard's charted series)
 * @returns one entry per part (or whole file) with any of them, in the
 *   runs' order
 * @example
 * const past = await readPastPoints(deps, plan.pastReports, points);
 */
export async function readPastPoints(
  deps: { readonly reports: ObjectStore; readonly log: Logger },
  runs: readonly PastReport[],
  series: readonly SeriesPlace[],
): Promise<PastForecastPoints[]> {
  const id = (s: SeriesPlace) => `${s.level}\u0000${s.key}`;
  const ids = new Set(series.map(id));
  const wanted = [...series].sort(comparePlaces);
  const mine = (run: PastForecastPoints): PastForecastPoints => ({
    ...run,
    series: run.series.filter((s) => ids.has(id(s))),
  });
  const kept: PastForecastPoints[][] = runs.map(() => []);
  await forEachLimited(runs, IN_FLIGHT, async ({ day, layout }, i) => {
    const folder = `reports/${day}`;
    try {
      const files = await pointsFiles(deps.reports, folder, layout, wanted);
      for (const file of files) {
        const points = mine(await readJson(deps.reports, `${folder}/${file}`));
        // A part read for its range may hold none of the series.
        if (points.series.length > 0) kept[i]!.push(points);
      }
    } catch (error) {
      kept[i] = [];
      deps.log.warn('skipping unreadable past forecast', {
        folder,
        error: (error as Error).message,
      });
    }
  });
  return kept.flat();
}

/**
 * The points files of the run in `folder` to read for the `wanted`
 * series (sorted by `comparePlaces`): the whole file, or the parts whose
 * range holds one of them, by the run's index.
 */
async function pointsFiles(
  store: ObjectStore,
  folder: string,
  layout: PastReport['layout'],
  wanted: readonly SeriesPlace[],
): Promise<string[]> {
  if (layout === 'whole') return [WHOLE_FILE];
  const index = `${folder}/${POINTS_INDEX}`;
  const parts = partsHolding(
    await readJson<ForecastPointsIndex>(store, index),
    wanted,
  );
  return parts.map((part) => part.path);
}

/** A stored JSON file; a missing one throws, naming its key. */
async function readJson<T>(store: ObjectStore, key: string): Promise<T> {
  const bytes = await store.get(key);
  if (bytes === undefined) throw new Error(`${key} is missing`);
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}
