import type { Evaluation } from '#lib/domain/evaluation';
import type { BacktestSummary } from '#lib/domain/forecast';
import type { IspSummary } from '#lib/domain/isp-summary';
import type { SeriesLevel } from '#lib/domain/vocabulary';
import type { AccuracyTally } from '#lib/report/accuracy-row';
import type { ForecastPointsSeries } from '#lib/report/forecast-points';
import type { FileDigest } from './build-manifest.ts';

/** What the shard stage returns (the stage contract). */
export interface ShardSummary {
  readonly shard: string;
  /** Series forecast and evaluated. */
  readonly series: number;
  readonly seconds: number;
}

/**
 * A charted series' forecast notes, for the overview's quality section,
 * and its chosen model's backtest, for the accuracy page of a first run.
 */
export interface SeriesNotes {
  readonly level: SeriesLevel;
  readonly key: string;
  readonly warnings: readonly string[];
  readonly backtest?: BacktestSummary;
}

/**
 * `runs/<runId>/shards/<shard>/result.json`, written last by a shard: the
 * per-series summary rows publish merges (docs/architecture.md "Shard
 * format"). No history and no forecast path: those stay in the shard, in
 * its ISP pages and forecast points.
 */
export interface ShardResult {
  /** The run and shard it belongs to; publish checks both. */
  readonly runId: string;
  readonly shard: string;
  readonly series: number;
  /** Every evaluated series (link, group, ISP), by level then key. */
  readonly evaluations: readonly Evaluation[];
  readonly isps: readonly IspSummary[];
  /**
   * The shard's past forecasts compared with what happened, as sums per
   * series and horizon and the chart's rows, not a row per comparison.
   */
  readonly accuracy: AccuracyTally;
  /** Forecast points at +30/60/90 days of the charted series. */
  readonly points: readonly ForecastPointsSeries[];
  /** Charted series whose forecast has notes or a backtest. */
  readonly notes: readonly SeriesNotes[];
  /** `level:key` of series without recent data, not forecast. */
  readonly stale: readonly string[];
  /**
   * ISP pages rendered, paths relative to the report folder
   * (`isp/<slug>.html`), with their size and SHA-256: publish copies them
   * inside the store and lists them in the manifest without reading them.
   */
  readonly pages: readonly FileDigest[];
  /** ISPs split by group whose charted series this shard wrote. */
  readonly split: readonly string[];
}
