import { addDays } from '#lib/domain/dates';
import type { SeriesLevel } from '#lib/domain/vocabulary';
import type { PageInput } from './report-input.ts';

/** Horizons (days after the as-of date) kept for the accuracy page. */
export const POINT_HORIZONS = [30, 60, 90] as const;

/** A forecast's value and decision interval on one target date. */
export interface ForecastPoint {
  readonly horizonDays: number;
  readonly targetDate: string;
  readonly meanBps: number;
  readonly lowerBps: number;
  readonly upperBps: number;
}

/** The kept points of one series. */
export interface ForecastPointsSeries {
  readonly level: SeriesLevel;
  readonly key: string;
  readonly isp: string;
  readonly points: readonly ForecastPoint[];
}

/**
 * The compact record of a run's forecasts that later runs compare with
 * what happened (`computeAccuracy`), published in parts
 * (`cutForecastPoints`).
 */
export interface PastForecastPoints {
  readonly runId: string;
  readonly asOf: string;
  readonly decisionLevel: number;
  readonly series: readonly ForecastPointsSeries[];
}

/**
 * Keeps the mean and decision-interval bounds at +30/60/90 days of every
 * charted series (groups and ISPs).
 *
 * @param input - the report input
 * @returns the points, ready to serialise
 * @example
 * const points = buildForecastPoints(input);
 * points.series[0]?.points[0]?.targetDate; // asOf + 30 days
 */
export function buildForecastPoints(
  input: Pick<
    PageInput,
    'asOf' | 'runId' | 'decisionLevel' | 'evaluations' | 'series'
  >,
): PastForecastPoints {
  const ispOf = new Map(
    input.evaluations.map((e) => [`${e.level}\u0000${e.key}`, e.isp]),
  );
  const level = input.decisionLevel;
  const series = input.series.map((s) => {
    const { mean } = s.forecast;
    const lower = s.forecast.lower[level] ?? mean;
    const upper = s.forecast.upper[level] ?? mean;
    const points = POINT_HORIZONS.filter((h) => h < mean.length).map((h) => ({
      horizonDays: h,
      targetDate: addDays(input.asOf, h),
      meanBps: mean[h]!,
      lowerBps: lower[h]!,
      upperBps: upper[h]!,
    }));
    const isp = ispOf.get(`${s.level}\u0000${s.key}`) ?? s.key;
    return { level: s.level, key: s.key, isp, points };
  });
  const { runId, asOf } = input;
  return { runId, asOf, decisionLevel: level, series };
}
