/**
 * What the forecast engine returns for one series (`lib/forecast`).
 * Bounds are keyed by level in percent (80, 95, …); arrays have the
 * horizon's length; day `i` is `i + 1` days after the last observation.
 *
 * @example
 * const f: SeriesForecast = { model: 'snaive-drift', mean: [1, 2],
 *   lower: { 80: [0.5, 1] }, upper: { 80: [1.5, 3] },
 *   backtest: { mase: 1.2, smape: 10, coverage: { 80: 0.8 } },
 *   cleaned: [], warnings: [] };
 */
export interface SeriesForecast {
  /** Name of the model (or combination) that produced the forecast. */
  readonly model: string;
  readonly mean: readonly number[];
  readonly lower: Readonly<Record<number, readonly number[]>>;
  readonly upper: Readonly<Record<number, readonly number[]>>;
  /** Backtest error of the chosen model, when a backtest was possible. */
  readonly backtest?: BacktestSummary;
  /** Points the cleaning step replaced before fitting. */
  readonly cleaned: readonly CleanedPoint[];
  /** Human-readable notes: short history, fallback used, … */
  readonly warnings: readonly string[];
}

/** Scores of a rolling-origin backtest. */
export interface BacktestSummary {
  readonly mase: number;
  readonly smape: number;
  /** Share of actuals inside the interval, per level (0–1). */
  readonly coverage: Readonly<Record<number, number>>;
}

/** One point the cleaning step changed, by index into the input. */
export interface CleanedPoint {
  readonly index: number;
  readonly kind: 'dip' | 'spike' | 'level-shift' | 'missing';
  readonly original: number;
  readonly replacement: number;
}
