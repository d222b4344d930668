import { compareCodePoints } from '#lib/domain/code-point-order';
import { daysBetween } from '#lib/domain/dates';
import type { DailySeries } from '#lib/domain/series';
import type { AccuracyRow } from './accuracy-row.ts';
import type {
  ForecastPoint,
  ForecastPointsSeries,
  PastForecastPoints,
} from './forecast-points.ts';

/**
 * Compares past runs' forecast points with the actual daily peaks on their
 * target dates. Points whose target day has no actual yet (future, missing
 * day, unknown series, zero peak) are left out.
 *
 * @param past - earlier runs' forecast points (or parts of them)
 * @param actuals - daily series covering the target dates (any level)
 * @returns one row per compared point, ordered by series, run, horizon
 * @example
 * const rows = computeAccuracy([points], [ispSeries]);
 * rows[0]?.errorPct; // (forecast − actual) / actual × 100
 */
export function computeAccuracy(
  past: readonly PastForecastPoints[],
  actuals: readonly DailySeries[],
): AccuracyRow[] {
  const byKey = new Map(actuals.map((s) => [`${s.level}\u0000${s.key}`, s]));
  const rows: AccuracyRow[] = [];
  for (const run of past) {
    for (const series of run.series) {
      const actual = byKey.get(`${series.level}\u0000${series.key}`);
      if (actual === undefined) continue;
      for (const point of series.points) {
        const row = compare(run, series, point, actual);
        if (row !== undefined) rows.push(row);
      }
    }
  }
  return rows.sort(compareAccuracyRows);
}

/**
 * The order of compared points: by series (level, then key), run and
 * horizon, texts in code point order (the order of the accuracy table's
 * sums, not a display order). Publish's merged rows and the chart's ties
 * follow it too.
 *
 * @param a - a row
 * @param b - another row
 * @returns negative when `a` comes first, positive when `b` does, else 0
 * @example
 * rows.sort(compareAccuracyRows);
 */
export function compareAccuracyRows(a: AccuracyRow, b: AccuracyRow): number {
  return (
    compareCodePoints(a.level, b.level) ||
    compareCodePoints(a.key, b.key) ||
    compareCodePoints(a.forecastAsOf, b.forecastAsOf) ||
    a.horizonDays - b.horizonDays
  );
}

function compare(
  { asOf, decisionLevel: boundLevel }: PastForecastPoints,
  series: ForecastPointsSeries,
  point: ForecastPoint,
  actual: DailySeries,
): AccuracyRow | undefined {
  const index = daysBetween(actual.start, point.targetDate);
  const value = actual.values[index];
  if (value === undefined || !Number.isFinite(value) || value <= 0) {
    return undefined;
  }
  return {
    level: series.level,
    key: series.key,
    isp: series.isp,
    forecastAsOf: asOf,
    horizonDays: point.horizonDays,
    targetDate: point.targetDate,
    meanBps: point.meanBps,
    lowerBps: point.lowerBps,
    upperBps: point.upperBps,
    boundLevel,
    actualBps: value,
    errorPct: ((point.meanBps - value) / value) * 100,
    inInterval: value >= point.lowerBps && value <= point.upperBps,
    aboveUpper: value > point.upperBps,
  };
}
