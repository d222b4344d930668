import type { DecisionBacktestSummary } from '#lib/domain/backtest-summary';
import type { Evaluation } from '#lib/domain/evaluation';
import type { SeriesForecast } from '#lib/domain/forecast';
import type { IspSummary } from '#lib/domain/isp-summary';
import type { DataQualityReport, PageQuality } from '#lib/domain/quality';
import type { DailySeries } from '#lib/domain/series';
import type { SeriesLevel } from '#lib/domain/vocabulary';
import type { ChangesReport } from '#lib/rules/change-types';
import type { AccuracyTally } from './accuracy-row.ts';

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

/** A file of the report, relative to the run's report folder. */
export interface ReportFile {
  readonly path: string;
  readonly body: string;
  readonly contentType: string;
}
