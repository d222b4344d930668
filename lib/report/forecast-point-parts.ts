import { compareCodePoints } from '#lib/domain/code-point-order';
import type { DeferredFile } from './deferred-file.ts';
import type {
  ForecastPointsSeries,
  PastForecastPoints,
} from './forecast-points.ts';

/** The folder of a run's forecast points, below its report folder. */
export const POINTS_FOLDER = 'forecast-points';

/** The part listing, read first by later runs. */
export const POINTS_INDEX = `${POINTS_FOLDER}/index.json`;

/**
 * Series per part: about 470 KB of JSON, so that a shard of 2,000 series
 * reads its share and at most a part more on either side.
 */
export const SERIES_PER_PART = 1000;

/** One part: which ISPs' series it holds (inclusive, code point order). */
export interface ForecastPointsPart {
  readonly path: string;
  readonly firstIsp: string;
  readonly lastIsp: string;
  readonly series: number;
}

/** `forecast-points/index.json`: the run and its parts, in ISP order. */
export interface ForecastPointsIndex {
  readonly runId: string;
  readonly asOf: string;
  readonly decisionLevel: number;
  readonly parts: readonly ForecastPointsPart[];
}

/**
 * Cuts a run's forecast points into parts of at most
 * {@link SERIES_PER_PART} series, ordered by ISP, then level and key, so
 * that a later run's shard, which holds a range of ISPs, reads only the
 * parts holding its ISPs (docs/architecture.md "The accuracy page's
 * figures"). Each part is a `PastForecastPoints` of its own.
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
  const sorted = [...run.series].sort(byIspThenSeries);
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
      firstIsp: series[0]!.isp,
      lastIsp: series.at(-1)!.isp,
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
 * The parts holding any of `isps`' series.
 *
 * @param index - a run's part listing
 * @param isps - the ISPs wanted, in code point order
 * @returns the parts to read, in the index's order
 * @example
 * partsHolding(index, ['Acme', 'Globex']).map((p) => p.path);
 */
export function partsHolding(
  index: ForecastPointsIndex,
  isps: readonly string[],
): ForecastPointsPart[] {
  return index.parts.filter((part) => {
    const first = firstAtLeast(isps, part.firstIsp);
    return first < isps.length && isps[first]! <= part.lastIsp;
  });
}

/** The index of the first of the sorted `values` at least `value`. */
function firstAtLeast(values: readonly string[], value: string): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function byIspThenSeries(a: ForecastPointsSeries, b: ForecastPointsSeries) {
  return (
    compareCodePoints(a.isp, b.isp) ||
    compareCodePoints(a.level, b.level) ||
    compareCodePoints(a.key, b.key)
  );
}
