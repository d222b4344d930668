import type { DecisionBacktestSummary } from '#lib/domain/backtest-summary';
import type { Evaluation } from '#lib/domain/evaluation';
import type { SeriesForecast } from '#lib/domain/forecast';
import type { IspSummary } from '#lib/domain/isp-summary';
import type { DataQualityReport, PageQuality } from '#lib/domain/quality';
import type { DailySeries } from '#lib/domain/series';
import type { SeriesLevel } from '#lib/domain/vocabulary';
import type { ChangesReport } from '#lib/rules/change-types';

/**
 * What an ISP page needs (and the page shell of every page): the report
 * input with only the data-quality report's fields the pages read
 * (`PageQuality`), so that a shard renders its ISPs' pages without the
 * fleet's per-link quality rows (docs/architecture.md "The plan's
 * memory").
 *
 * @example
 * const input: PageInput = { asOf: '2026-11-26', runId: 'r1',
 *   generatedAt: '2026-11-26T06:00:00Z', decisionLevel: 80,
 *   evaluations: [], isps: [], series: [], dataQuality: { missingDays: [] } };
 */
export interface PageInput {
  /** The run's "today" (`YYYY-MM-DD`); forecast day `i` is `asOf + i`. */
  readonly asOf: string;
  readonly runId: string;
  /** ISO instant the run started (from the injected clock). */
  readonly generatedAt: string;
  /** Prediction-interval level (percent) the decisions use, e.g. 80. */
  readonly decisionLevel: number;
  /** One row per series, every level (link, group, isp). */
  readonly evaluations: readonly Evaluation[];
  readonly isps: readonly IspSummary[];
  /** History and forecast for the series that get a chart (group, isp). */
  readonly series: readonly ReportSeries[];
  readonly dataQuality: PageQuality;
  /**
   * Past forecasts compared with what happened: their sums per series and
   * horizon and the chart's rows (`tallyAccuracy` of `computeAccuracy`).
   */
  readonly accuracy?: AccuracyTally;
  /** The latest decision backtest's summary (`headroom backtest`), if any. */
  readonly backtest?: DecisionBacktestSummary;
  /** The file beside the accuracy page holding every miss of it, if any. */
  readonly backtestMisses?: string;
  /** What changed since the previous run (unset for a what-if). */
  readonly changes?: ChangesReport;
  /** Set when the run is a what-if scenario rather than the real plan. */
  readonly scenario?: { readonly name: string; readonly description: string };
}

/**
 * Everything the report renderer needs, as plain data. The pipeline fills
 * it from the evaluate stage's output; the renderer does no I/O.
 *
 * @example
 * const input: ReportInput = { asOf: '2026-11-26', runId: 'r1',
 *   generatedAt: '2026-11-26T06:00:00Z', decisionLevel: 80,
 *   evaluations: [], isps: [], series: [], dataQuality };
 */
export interface ReportInput extends PageInput {
  /** The whole report: the overview's section and `data-quality.json`. */
  readonly dataQuality: DataQualityReport;
}

/**
 * One charted series: its daily history, its forecast and its capacity
 * over time.
 *
 * @example
 * const s: ReportSeries = { level: 'group', key: 'Acme/LHR1/pni',
 *   history, forecast, capacitySteps: [
 *     { date: '2025-01-01', capacityBps: 100e9 },
 *     { date: '2027-02-01', capacityBps: 200e9 }] };
 */
export interface ReportSeries {
  readonly level: SeriesLevel;
  readonly key: string;
  /** Daily peaks; `NaN` marks a missing day. */
  readonly history: DailySeries;
  /** Forecast; `cleaned` indexes into `history.values`. */
  readonly forecast: SeriesForecast;
  /** Capacity from each date on: past upgrades and planned augments. */
  readonly capacitySteps: readonly CapacityStep[];
}

/** Capacity in force from `date` on. */
export interface CapacityStep {
  readonly date: string;
  readonly capacityBps: number;
}

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

/** A file of the report, relative to the run's report folder. */
export interface ReportFile {
  readonly path: string;
  readonly body: string;
  readonly contentType: string;
}
