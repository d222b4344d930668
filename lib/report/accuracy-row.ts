import type { SeriesLevel } from '#lib/domain/vocabulary';

/**
 * One past forecast point compared with the actual daily peak on its
 * target date.
 *
 * @example
 * const row: AccuracyRow = { level: 'isp', key: 'Acme', isp: 'Acme',
 *   forecastAsOf: '2026-08-01', horizonDays: 30, targetDate: '2026-08-31',
 *   meanBps: 110e9, lowerBps: 100e9, upperBps: 120e9, actualBps: 100e9,
 *   errorPct: 10, inInterval: true, aboveUpper: false };
 */
export interface AccuracyRow {
  readonly level: SeriesLevel;
  readonly key: string;
  readonly isp: string;
  /** As-of date of the run that made the forecast. */
  readonly forecastAsOf: string;
  readonly horizonDays: number;
  readonly targetDate: string;
  readonly meanBps: number;
  readonly lowerBps: number;
  readonly upperBps: number;
  readonly actualBps: number;
  /** Signed error, (forecast − actual) / actual × 100. */
  readonly errorPct: number;
  /**
   * The level (per cent) of the interval the run kept its bounds at, its
   * decision level then (`PastForecastPoints.decisionLevel`).
   */
  readonly boundLevel: number;
  /** Whether the actual fell within [lower, upper]. */
  readonly inInterval: boolean;
  /**
   * Whether the actual rose above the upper bound, the one the order-by
   * date is read from (docs/architecture.md "The forecast engine").
   */
  readonly aboveUpper: boolean;
}

/**
 * The compared points of one series (or of all ISPs) at one horizon as
 * sums, which add up across shards: a shard sends these instead of its
 * rows, and the page's means are the sums over the count.
 */
export interface AccuracySums {
  readonly level: SeriesLevel;
  readonly key: string;
  readonly isp: string;
  readonly horizonDays: number;
  readonly count: number;
  /** Sum of the absolute % errors. */
  readonly absErrorPct: number;
  /** Sum of the signed % errors. */
  readonly errorPct: number;
  /**
   * Points whose bounds were kept at the decision level the page judges
   * by, today's: `inside` and `above` count only these, so that no bound
   * is judged against another level's promise (docs/architecture.md "The
   * accuracy page's figures").
   */
  readonly bounded: number;
  /** Of `bounded`, points whose actual fell inside the interval. */
  readonly inside: number;
  /** Of `bounded`, points whose actual rose above the upper bound. */
  readonly above: number;
}

/**
 * What the accuracy page needs of the compared points, and no more: per
 * series and horizon the sums its table and overall lines are the means
 * of, and the rows its chart draws. Tallies of disjoint sets of rows merge
 * into the tally of their union (`mergeAccuracyTallies`), so a shard sends
 * its tally instead of its rows (docs/architecture.md "The accuracy page's figures").
 */
export interface AccuracyTally {
  /** Per series and horizon, ISPs first (`sumAccuracy`). */
  readonly sums: readonly AccuracySums[];
  /** The rows the chart draws (`chartRows`), at most `MAX_POINTS`. */
  readonly chart: readonly AccuracyRow[];
}
