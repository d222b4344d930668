import type { DeferredFile } from './deferred-file.ts';
import type { PastForecastPoints } from './forecast-points.ts';
import {
  comparePlaces,
  firstPlaceAtLeast,
  type SeriesPlace,
} from './series-place.ts';

/** The folder of a run's forecast points, below its report folder. */
export const POINTS_FOLDER = 'forecast-points';

/** The part listing, read first by later runs. */
export const POINTS_INDEX = `${POINTS_FOLDER}/index.json`;

/**
 * Series per part: about 470 KB of JSON, so that a shard of 2,000 series
 * reads its share and at most a part more on either side.
 */
export const SERIES_PER_PART = 1000;

/** One part: its first and last series (inclusive, in place order). */
export interface ForecastPointsPart {
  readonly path: string;
  readonly first: SeriesPlace;
  readonly last: SeriesPlace;
  readonly series: number;
}

/** `forecast-points/index.json`: the run and its parts, in place order. */
export interface ForecastPointsIndex {
  readonly runId: string;
  readonly asOf: string;
  readonly decisionLevel: number;
  readonly parts: readonly ForecastPointsPart[];
}

/**
 * Cuts a run's forecast points into parts of at most
 * {@link SERIES_PER_PART} series, ordered by ISP, then level and key
 * (`comparePlaces`), so that a later run's shard, which holds a range of
 * ISPs (or of one ISP's groups), reads only the parts whose range holds
 * its series (docs/architecture.md "The accuracy page's figures"). Each
 * part is a `PastForecastPoints` of its own.
 *
 * @param run - every charted series' points of one run
 * @returns the index and the parts, paths relative to the report folder
 * @example
 * const { index, parts } = cutForecastPoints(points);
 * index.parts[0]?.path; // 'forecast-points/part-0000.json'
 */
export function cutForecastPoints(run: PastForecastPoints): {
  index: ForecastPointsIndex;
  parts: { path: string; points: PastForecastPoints }[];
} {
  const { runId, asOf, decisionLevel } = run;
  const sorted = [...run.series].sort(comparePlaces);
  const parts: { path: string; points: PastForecastPoints }[] = [];
  for (let at = 0; at < sorted.length; at += SERIES_PER_PART) {
    const series = sorted.slice(at, at + SERIES_PER_PART);
    const name = String(parts.length).padStart(4, '0');
    const path = `${POINTS_FOLDER}/part-${name}.json`;
    parts.push({ path, points: { runId, asOf, decisionLevel, series } });
  }
  const index: ForecastPointsIndex = {
    runId,
    asOf,
    decisionLevel,
    parts: parts.map(({ path, points: { series } }) => ({
      path,
      first: placeOf(series[0]!),
      last: placeOf(series.at(-1)!),
      series: series.length,
    })),
  };
  return { index, parts };
}

/**
 * A run's forecast points as report files: the index and the parts
 * (`cutForecastPoints`), each rendered when it is written.
 *
 * @param run - every charted series' points of one run
 * @returns `forecast-points/index.json`, then the parts
 * @example
 * const files = forecastPointsFiles(buildForecastPoints(input));
 */
export function forecastPointsFiles(run: PastForecastPoints): DeferredFile[] {
  const { index, parts } = cutForecastPoints(run);
  const json = (path: string, value: unknown): DeferredFile => ({
    path,
    contentType: 'application/json',
    pieces: () => [JSON.stringify(value)],
  });
  return [
    json(POINTS_INDEX, index),
    ...parts.map(({ path, points }) => json(path, points)),
  ];
}

/**
 * The parts whose range holds one of the wanted series.
 *
 * @param index - a run's part listing
 * @param wanted - the series wanted, sorted by `comparePlaces`
 * @returns the parts to read, in the index's order
 * @example
 * partsHolding(index, mine.sort(comparePlaces)).map((p) => p.path);
 */
export function partsHolding(
  index: ForecastPointsIndex,
  wanted: readonly SeriesPlace[],
): ForecastPointsPart[] {
  return index.parts.filter((part) => {
    const first = firstPlaceAtLeast(wanted, part.first);
    return (
      first < wanted.length && comparePlaces(wanted[first]!, part.last) <= 0
    );
  });
}

const placeOf = ({ isp, level, key }: SeriesPlace): SeriesPlace => ({
  isp,
  level,
  key,
});
