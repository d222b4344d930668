import type { SeriesLevel } from './vocabulary.ts';

/**
 * One row of `series_daily` (docs/architecture.md "Data contracts").
 *
 * @example
 * const row: DailyRow = { dt: '2026-01-01', level: 'link', key: 'l1',
 *   peakBps: 7e9, maxBps: 9e9, meanBps: 4e9, capacityBps: 10e9,
 *   samples: 288 };
 */
export interface DailyRow {
  readonly dt: string;
  readonly level: SeriesLevel;
  readonly key: string;
  /** p95 of the day's samples (of summed samples for group and isp). */
  readonly peakBps: number;
  readonly maxBps: number;
  readonly meanBps: number;
  readonly capacityBps: number;
  readonly samples: number;
}

/**
 * A daily series on a regular calendar: `values[i]` belongs to day
 * `start + i`; a missing day is `NaN`.
 *
 * @example
 * const s: DailySeries = { level: 'group', key: 'Acme/LHR1/pni',
 *   start: '2026-01-01', values: [1e9, Number.NaN, 1.1e9],
 *   capacity: [10e9, 10e9, 10e9] };
 */
export interface DailySeries {
  readonly level: SeriesLevel;
  readonly key: string;
  readonly start: string;
  readonly values: readonly number[];
  /** Capacity seen in the traffic per day (NaN where unknown). */
  readonly capacity: readonly number[];
  /**
   * A link's good samples per day (NaN where no row), where the reader
   * read them: they tell whether its bundles' sums that day are whole.
   */
  readonly samples?: readonly number[];
}

/** Counts of bad traffic rows per link and kind, from the rollup. */
export interface QualityRow {
  readonly dt: string;
  readonly linkId: string;
  readonly kind: string;
  readonly count: number;
}
