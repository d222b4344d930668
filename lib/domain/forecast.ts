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
  /** A change of level in the last days, when one was found. */
  readonly step?: TrafficStep;
}

/**
 * A step of the traffic's level in the last days of the history, not yet
 * a level shift (README "The forecast engine"): the interval covers both
 * levels; the mean follows the new one once `followed`.
 */
export interface TrafficStep {
  /** Index into the input of the first day at the new level. */
  readonly index: number;
  /** Days at the new level, up to the last observation. */
  readonly days: number;
  /** Change of level in percent, one decimal (+70, −55). */
  readonly changePct: number;
  readonly direction: 'up' | 'down';
  /** Whether the mean forecast follows the new level yet. */
  readonly followed: boolean;
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
